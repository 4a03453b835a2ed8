using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Api.Infrastructure.Limits;
using PpcBudget.Api.Infrastructure.QueryForms;
using PpcBudget.Core.Imports;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Budgets;

/// <summary>
/// The POST form of a budget phase: a JSON plan, or a file whose settings come from the query — a CSV plan of up to a
/// million rows (streamed), or a download from Google Ads, Keyword Planner or Microsoft Advertising, as the body
/// (text/csv or text/tab-separated-values, the bytes as downloaded) or a browser's upload (multipart/form-data, part
/// <c>file</c>). The query's format and field were checked before this runs, for any body.
/// </summary>
public abstract class PlanBodyEndpoint<TPlan, TAnswer>(Planner planner) : Endpoint<TPlan, TAnswer>
    where TPlan : Plan, new()
    where TAnswer : PlanAnswer
{
    const int BufferInMemoryUpTo = 1024 * 1024;
    const int HeaderPeekBytes = 4096;
    const string FilePart = "file";

    /// <summary>Validates, prices and calculates a plan with the planner given (a download's own, for a download).</summary>
    protected abstract Task<Calculated<TAnswer>> CalculateAsync(Planner planner, TPlan plan, CancellationToken cancellationToken);

    /// <summary>The rules for a file body's settings (the plan without its keywords).</summary>
    protected abstract IValidator<TPlan> SettingsRules { get; }

    protected abstract Task<BulkAnswer> CalculateCsvAsync(Stream body, TPlan settings, AnswerRequest request, CancellationToken cancellationToken);

    /// <summary>The POST route, its policy and binder, and what the document says of it.</summary>
    protected void ConfigurePost(string route, string name, string summary, string description)
    {
        Post(route);
        Policies(ApiKeys.Policy);
        RequestBinder(new PlanBinder<TPlan>());
        AllowFileUploads(dontAutoBindFormData: true);
        Description(endpoint => PlanEndpoints.Describe(endpoint
                .Accepts<TPlan>("application/json", "text/csv", "text/tab-separated-values", "multipart/form-data")
                .Produces<TAnswer>(StatusCodes.Status200OK, "application/json", "text/csv", "text/tab-separated-values", "text/plain"),
                name, summary, description),
            clearDefaults: true);
    }

    public override async Task HandleAsync(TPlan req, CancellationToken ct)
    {
        ThrowIfAnyErrors();
        if (QueryParameterRules.IsFileBody(HttpContext.Request))
        {
            await SendFileAsync(req, ct);
            return;
        }
        var calculated = await CalculateAsync(planner, req, ct);
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        await Send.OkAsync(calculated.Answer!, ct);
    }

    async Task SendFileAsync(TPlan settings, CancellationToken ct)
    {
        (await SettingsRules.ValidateAsync(settings, ct)).Errors.ForEach(AddError);
        ThrowIfAnyErrors();

        var body = await FileAsync(ct);
        var start = new byte[HeaderPeekBytes];
        var peeked = await body.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, ct);
        body.Position = 0;
        if (CsvPlanReader.StartsLikeAPlan(start.AsSpan(0, peeked)))
            await SendCsvPlanAsync(body, settings, ct);
        else
            await SendDownloadAsync(body, settings, ct);
    }

    /// <summary>The file, seekable: the body, or the upload's <c>file</c> part.</summary>
    async Task<Stream> FileAsync(CancellationToken ct)
    {
        var request = HttpContext.Request;
        if (!request.HasFormContentType)
        {
            request.EnableBuffering(BufferInMemoryUpTo, Resolve<IOptions<LimitsOptions>>().Value.MaxCsvBodyBytes);
            return request.Body;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException && !HttpContext.RequestAborted.IsCancellationRequested)
        {
            AddError(new ValidationFailure("body", $"is not a multipart/form-data upload this service can read ({unreadable.Message}); "
                                                   + "a browser's form with a file input named file sends one."));
            ThrowIfAnyErrors();
            throw;
        }
        foreach (var name in form.Keys.Concat(form.Files.Select(file => file.Name)).Where(name => name != FilePart).Distinct())
            AddError(new ValidationFailure(name, $"is not a part of this upload: send the file as the part named {FilePart}, and its settings in the query."));
        if (form.Files.GetFile(FilePart) is not { } upload)
            AddError(new ValidationFailure(FilePart, "is required: upload the plan or the download from Google Ads, Keyword Planner or Microsoft Advertising as the part named file."));
        ThrowIfAnyErrors();
        return form.Files.GetFile(FilePart)!.OpenReadStream();
    }

    async Task SendCsvPlanAsync(Stream body, TPlan settings, CancellationToken ct)
    {
        await using var answer = await CalculateCsvAsync(body, settings, AnswerRequest.Of(HttpContext.Request), ct);
        answer.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();

        var response = HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = answer.ContentType;
        answer.Content.Position = 0;
        response.ContentLength = answer.Content.Length;
        await answer.Content.CopyToAsync(response.Body, ct);
    }

    /// <summary>A download read whole (they are small), its keywords priced and calculated as a JSON plan's are.</summary>
    async Task SendDownloadAsync(Stream body, TPlan settings, CancellationToken ct)
    {
        KeywordFileReading reading;
        try
        {
            reading = ImportedPlan.WithoutUnclickedReportRows(await KeywordFile.ReadAsync(body, KeywordFileOptions.For(settings), ct));
        }
        catch (KeywordFileException unreadable)
        {
            foreach (var problem in unreadable.Problems)
                AddError(new ValidationFailure(problem.Line is { } line ? CsvPlanReader.FieldName(line, problem.Column ?? "row") : problem.Column ?? "body",
                    problem.Message));
            if (unreadable.MoreProblems > 0)
                AddError(new ValidationFailure("body", $"has {unreadable.MoreProblems:N0} more problems than these."));
            ThrowIfAnyErrors();
            throw;
        }
        if (ImportedPlan.CurrencyConflict(settings.Currency, reading) is { } conflict)
            AddError(new ValidationFailure("currency", conflict));
        ThrowIfAnyErrors();

        var calculated = await ImportedPlan.CalculateAsync(planner, settings, reading, (priced, plan) => CalculateAsync(priced, plan, ct));
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        await Send.OkAsync(calculated.Answer!, ct);
    }
}

/// <summary>
/// The GET form of a budget phase, for a spreadsheet cell (IMPORTDATA, WEBSERVICE): the plan read from the query by
/// <see cref="PlanBinder{TPlan}"/> and checked by the body's rules, failures named as the query names them; the same
/// answer as the POST.
/// </summary>
public abstract class PlanQueryEndpoint<TPlan, TAnswer> : Endpoint<TPlan, TAnswer>
    where TPlan : Plan, new()
    where TAnswer : notnull
{
    protected abstract Task<Calculated<TAnswer>> CalculateAsync(TPlan plan, CancellationToken cancellationToken);

    /// <summary>The GET route, its policy and binder, and what the document says of it.</summary>
    protected void ConfigureGet(string route, string name, string summary, string description)
    {
        Get(route);
        Policies(ApiKeys.Policy);
        RequestBinder(new PlanBinder<TPlan>());
        Description(endpoint => PlanEndpoints.Describe(endpoint, name, summary, description));
    }

    public override async Task<TAnswer> ExecuteAsync(TPlan req, CancellationToken ct)
    {
        ThrowIfAnyErrors();
        var calculated = await CalculateAsync(req, ct);
        foreach (var failure in calculated.Failures)
            AddError(new ValidationFailure(RequestQuery.QueryName(failure.PropertyName), failure.ErrorMessage));
        ThrowIfAnyErrors();
        return calculated.Answer!;
    }
}

static class PlanEndpoints
{
    /// <summary>What the document says of every form of a budget phase: its name, summary and description, and its problems.</summary>
    public static RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, string name, string summary, string description) => endpoint
        .WithName(name)
        .WithTags("Budgets")
        .WithSummary(summary)
        .WithDescription(description)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
