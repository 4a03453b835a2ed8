using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Infrastructure.Health;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Budgets;

public static class BudgetServices
{
    public static IServiceCollection AddBudgets(this IServiceCollection services)
    {
        services.AddSingleton<Planner>().AddSingleton<BulkBudgets>().AddSingleton<Roi.RoiForecasts>();
        services.AddSingleton<Infrastructure.Formats.IAnswerPicture, Roi.SpendCurvePictures>();
        services.AddOptions<PerformanceOptions>().BindConfiguration(PerformanceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BulkWarmUp>().AddHostedService(provider => provider.GetRequiredService<BulkWarmUp>());
        services.AddHealthChecks().AddCheck<BulkWarmUp>("warmUp", tags: [Readiness.ReadyTag]);
        return services;
    }
}
