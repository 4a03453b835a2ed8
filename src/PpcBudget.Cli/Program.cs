using PpcBudget.Cli.Commands;

return await PpcBudgetCommand.RunAsync(args);
