using System.CommandLine;
using PpcBudget.Cli.Output;

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
            var report = await options.Calculations(parse).RoiAsync(file.Plan.ToRoiPlan(), file.Download, ct)
                .FailuresOn(failure => file.Blame(failure.Field, failure.Message));
            Console.Out.Write(AnswerWriter.Write(report, options.Format(parse), answer => RoiOutput.ForPeople(answer, file.Name)));
            return ExitCodes.Passed;
        }));
        return command;
    }
}
