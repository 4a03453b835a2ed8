using FluentValidation;
using FluentValidation.Results;
using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure.Formats;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>A CSV plan's settings come from the query string (the body holds only keyword rows).</summary>
public static class CsvPlanSettings
{
    public static (TPlan Settings, IReadOnlyList<ValidationFailure> Failures) Read<TPlan>(
        IQueryCollection query, Func<QueryForm, TPlan> read, IValidator<TPlan> settingsRules)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(settingsRules);
        var form = new QueryForm(query);
        var settings = read(form);
        var failures = form.Failures.Concat(form.UnreadParameters(AnswerFormats.FormatParameter, AnswerFormats.FieldParameter, AnswerFormats.TableParameter,
                Infrastructure.Auth.ApiKeys.QueryParameter)
                .Select(name => new ValidationFailure(name, "is not a setting of this endpoint; keyword values go in the CSV body's columns.")))
            .ToList();
        failures.AddRange(settingsRules.Validate(settings).Errors);
        return (settings, failures);
    }
}
