using System.CommandLine;
using PpcBudget.Cli.Output;

namespace PpcBudget.Cli.Commands;

static class TestingCommand
{
    public static Command Create()
    {
        var options = new PlanOptions();
        var command = new Command("testing", "The testing phase: what getting the first sales from each keyword costs, in total, per month and per day.");
        options.AddTo(command);
        command.SetAction((parse, ct) => PpcBudgetCommand.Guard(async () =>
        {
            var file = options.Load(parse);
            var budget = await options.Calculations(parse).TestingAsync(file.Plan.ToTestingPlan(), file.Download, ct)
                .FailuresOn(failure => file.Blame(failure.Field, failure.Message));
            Console.Out.Write(AnswerWriter.Write(budget, options.Format(parse), answer => TestingOutput.ForPeople(answer, file.Name)));
            return ExitCodes.Passed;
        }));
        return command;
    }
}
