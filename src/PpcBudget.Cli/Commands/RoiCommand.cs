using System.CommandLine;
using PpcBudget.Cli.Output;
using PpcBudget.Core.Imports;

namespace PpcBudget.Cli.Commands;

static class RoiCommand
{
    public static Command Create()
    {
        var options = new PlanOptions();
        var command = new Command("roi", "The ROI phase: what a click is worth (EPC) and whether each keyword pays. Needs customerValue or averageSale.");
        options.AddTo(command);
        command.SetAction((parse, ct) => PpcBudgetCommand.Guard(async () =>
        {
            var file = options.Load(parse);
            var plan = file.Plan.ToRoiPlan() with { ReportTraffic = file.Reading is { } observed ? ImportedPlan.Traffic(observed) : null };
            var report = await options.Calculations(parse).RoiAsync(plan, ct)
                .FailuresOn(failure => file.Blame(failure.Field, failure.Message));
            if (file.Reading is { } reading)
                report = report with { Input = ImportedPlan.Input(reading), Warnings = [.. ImportedPlan.Warnings(reading), .. report.Warnings] };
            Console.Out.Write(AnswerWriter.Write(report, options.Format(parse), answer => RoiOutput.ForPeople(answer, file.Name)));
            return ExitCodes.Passed;
        }));
        return command;
    }
}
