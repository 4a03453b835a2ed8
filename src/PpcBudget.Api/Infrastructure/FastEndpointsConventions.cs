using FastEndpoints;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Api.Infrastructure.Problems;
using PpcBudget.Core.Json;

namespace PpcBudget.Api.Infrastructure;

public static class FastEndpointsConventions
{
    public static void UsePpcBudgetConventions(this Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        StrictJson.Apply(config.Serializer.Options);
        config.Serializer.ResponseSerializer = AnswerSerializer.WriteAsync;
        config.Errors.ProducesMetadataType = typeof(HttpValidationProblemDetails);
        config.Errors.ResponseBuilder = (failures, http, status) => ValidationProblems.Build(failures, http, status);
        config.Binding.FailureMessage = (_, name, value) => $"'{value}' is not a valid value for {name}.";
        config.Endpoints.Configurator = endpoint => endpoint.PreProcessor<QueryParameterRules>(Order.Before);
    }
}
