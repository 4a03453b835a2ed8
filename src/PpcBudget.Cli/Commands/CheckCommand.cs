using System.CommandLine;
using PpcBudget.Cli.Calculations;
using PpcBudget.Cli.Files;
using PpcBudget.Cli.Output;
using PpcBudget.Core.Checks;

namespace PpcBudget.Cli.Commands;

static class CheckCommand
{
    public static Command Create()
    {
        var options = new PlanOptions();
        var baseline = new Option<string>("--baseline")
        {
            Description = "The committed results to compare with, such as budget.lock.json.",
            Required = true,
        };
        var tolerance = new Option<decimal?>("--tolerance")
        {
            Description = "How much a cost may grow before it is a regression: 5% or 0.05. Default 0: any growth is one.",
            CustomParser = result => Tolerance.TryParse(result.Tokens.Single().Value, out var value, out var error)
                ? value
                : OptionValues.Refuse<decimal?>(result, error),
        };
        var maxMonthly = new Option<decimal?>("--max-monthly")
        {
            Description = "Fail when the monthly budget is above this amount.", CustomParser = OptionValues.Number,
        };
        var maxTotal = new Option<decimal?>("--max-total")
        {
            Description = "Fail when the total test budget is above this amount.", CustomParser = OptionValues.Number,
        };
        var maxRoiBudget = new Option<decimal?>("--max-roi-budget")
        {
            Description = "Fail when the ROI phase's monthly budget (the spend that buys every profitable keyword's traffic) is above this amount.",
            CustomParser = OptionValues.Number,
        };
        var update = new Option<bool>("--update") { Description = "Write today's results as the baseline instead of checking (exit 0)." };

        var command = new Command("check", "Compare today's budget with the committed baseline: exit 0 within bounds, 1 on a regression "
                                         + "(a bound or the tolerance exceeded, a keyword turned unprofitable), 2 when the input is bad.");
        options.AddTo(command);
        foreach (var option in (Option[])[baseline, tolerance, maxMonthly, maxTotal, maxRoiBudget, update])
            command.Add(option);

        command.SetAction((parse, ct) => PpcBudgetCommand.Guard(async () =>
        {
            var file = options.Load(parse);
            var baselinePath = parse.GetRequiredValue(baseline);
            var calculations = options.Calculations(parse);
            if (parse.GetValue(update))
                return await Update(file, baselinePath, calculations, ct);

            var request = new BudgetCheckRequest
            {
                Plan = file.Plan,
                Baseline = BaselineFile.Load(baselinePath, file.Path),
                Tolerance = parse.GetValue(tolerance),
                Bounds = parse.GetValue(maxMonthly) is null && parse.GetValue(maxTotal) is null && parse.GetValue(maxRoiBudget) is null
                    ? null
                    : new CheckBounds { MaxMonthly = parse.GetValue(maxMonthly), MaxTotal = parse.GetValue(maxTotal), MaxRoiBudget = parse.GetValue(maxRoiBudget) },
            };
            var report = await calculations.CheckAsync(request, ct).FailuresOn(failure => Source(failure, file, baselinePath));
            Console.Out.Write(AnswerWriter.Write(report, options.Format(parse),
                answer => CheckOutput.ForPeople(answer, file.Name, Path.GetFileName(baselinePath))));
            return report.Passed ? ExitCodes.Passed : ExitCodes.Regression;
        }));
        return command;
    }

    static async Task<int> Update(PlanFile file, string baselinePath, IBudgetCalculations calculations, CancellationToken ct)
    {
        var results = await calculations.BaselineAsync(file.Plan, ct).FailuresOn(failure => file.Blame(failure.Field, failure.Message));
        BaselineFile.Write(baselinePath, results);
        Console.Out.WriteLine($"Wrote {baselinePath}: {results.Keywords!.Count} keywords, total {results.Total} {results.Currency}, "
                            + $"monthly budget {results.MonthlyBudget} {results.Currency}.");
        return ExitCodes.Passed;
    }

    /// <summary>The check request's fields (plan.keywords[0].cpc, baseline.total, tolerance) named as the user gave them.</summary>
    static InputProblem Source(FieldFailure failure, PlanFile file, string baselinePath) => failure.Field switch
    {
        var field when field.StartsWith("plan.", StringComparison.Ordinal) => file.Blame(field["plan.".Length..], failure.Message),
        var field when field.StartsWith("baseline.", StringComparison.Ordinal) => new InputProblem(baselinePath, field["baseline.".Length..], failure.Message),
        "tolerance" => new InputProblem("--tolerance", null, failure.Message),
        "bounds.maxMonthly" => new InputProblem("--max-monthly", null, failure.Message),
        "bounds.maxTotal" => new InputProblem("--max-total", null, failure.Message),
        "bounds.maxRoiBudget" => new InputProblem("--max-roi-budget", null, failure.Message),
        _ => new InputProblem("the check", failure.Field, failure.Message),
    };
}
