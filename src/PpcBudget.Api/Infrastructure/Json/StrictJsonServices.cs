using PpcBudget.Core.Json;

namespace PpcBudget.Api.Infrastructure.Json;

public static class StrictJsonServices
{
    /// <summary>Minimal APIs, problem details and Swashbuckle read and write JSON by the rules in <see cref="StrictJson"/>.</summary>
    public static IServiceCollection AddStrictJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json => StrictJson.Apply(json.SerializerOptions));
}
