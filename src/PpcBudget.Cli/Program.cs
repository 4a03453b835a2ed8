using PpcBudget.Cli.Commands;
using PpcBudget.Core.Json;

JsonFieldNames.UseForValidationFailures();
return await PpcBudgetCommand.RunAsync(args);
