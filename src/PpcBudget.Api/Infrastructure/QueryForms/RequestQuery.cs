using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Infrastructure.QueryForms;

/// <summary>
/// The query form of a request, derived from the request type itself: each field by its JSON name and, for a plan, each
/// keyword field as a list, one entry per keyword, named in the plural (<c>keywords=coffee shop,mortgage broker&amp;cpcs=2.90,13.76</c>).
/// Every GET reads its request this way (<see cref="QueryBinder{TRequest}"/>, the plan binder), the query check and the
/// OpenAPI document name the same parameters, and nothing here names a field: a field added to a request is a query
/// parameter too, read, checked and documented.
/// </summary>
public static class RequestQuery
{
    /// <summary>One query parameter and the request (or keyword) field it fills; the lists of them are built once per request type.</summary>
    public sealed record Parameter(string Name, PropertyInfo Field)
    {
        /// <summary>The field's type, optional or not: what a value in the query is read as.</summary>
        public Type ValueType { get; } = ValueTypeOf(Field);

        public bool IsRate { get; } = Field.GetCustomAttribute<RateAttribute>() is not null;

        static Type ValueTypeOf(PropertyInfo field) => Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType;
    }

    static readonly ConcurrentDictionary<Type, IReadOnlyList<Parameter>> FieldsByType = new();

    /// <summary>The keyword fields as lists: keyword → keywords, cpc → cpcs, monthlySearches stays.</summary>
    public static IReadOnlyList<Parameter> KeywordLists { get; } = typeof(PlanKeyword).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(field => new Parameter(Plural(JsonName(field)), field)).ToList();

    public static bool IsPlan(Type? type) => type is not null && typeof(Plan).IsAssignableFrom(type);

    /// <summary>
    /// The fields of a request type a query sets, one parameter each: every field its JSON carries but, for a plan, the
    /// keywords (the keyword lists carry them).
    /// </summary>
    public static IReadOnlyList<Parameter> Fields(Type requestType) => FieldsByType.GetOrAdd(requestType, type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(field => field.CanWrite && field.GetCustomAttribute<JsonIgnoreAttribute>() is null
                            && !(IsPlan(type) && field.Name == nameof(Plan.Keywords)))
            .Select(field => new Parameter(JsonName(field), field))
            .ToList());

    /// <summary>Every parameter of the query form of a request type: its fields, then a plan's keyword lists.</summary>
    public static IEnumerable<Parameter> All(Type requestType) => IsPlan(requestType) ? Fields(requestType).Concat(KeywordLists) : Fields(requestType);

    /// <summary>A request's fields from the query; for a plan, its settings (a file body brings the keywords).</summary>
    public static TRequest ReadFields<TRequest>(QueryForm form) where TRequest : new()
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = new TRequest();
        foreach (var field in Fields(typeof(TRequest)))
            if (Read(form, field) is { } value)
                field.Field.SetValue(request, value);
        return request;
    }

    /// <summary>A whole plan from the query: its settings and the keyword lists.</summary>
    public static TPlan Read<TPlan>(QueryForm form) where TPlan : Plan, new() =>
        ReadFields<TPlan>(form) with { Keywords = ReadKeywords(form) };

    static List<PlanKeyword>? ReadKeywords(QueryForm form)
    {
        var lists = KeywordLists.Select(list => (list, Values: ReadList(form, list))).ToList();
        if (lists[0].Values is not { } keywords)
            return null;
        foreach (var (list, values) in lists.Skip(1))
            if (values is not null && values.Count != keywords.Count)
                form.Failures.Add(new ValidationFailure(list.Name,
                    $"has {values.Count} value{(values.Count == 1 ? "" : "s")} but keywords has {keywords.Count}; give one per keyword, in the same order " +
                    "(an empty entry, as in 2.90,,13.76, leaves that keyword's value out)."));
        return Enumerable.Range(0, keywords.Count).Select(index =>
        {
            var keyword = new PlanKeyword();
            foreach (var (list, values) in lists)
                if (values is not null && index < values.Count && values[index] is { } value)
                    list.Field.SetValue(keyword, value);
            return keyword;
        }).ToList();
    }

    /// <summary>How a plan field's failure reads in the query form: <c>keywords[1].cpc</c> is <c>cpcs[1]</c>.</summary>
    public static string QueryName(string planField)
    {
        ArgumentNullException.ThrowIfNull(planField);
        if (!PlanKeyword.TryReadField(planField, out var index, out var field) || field.Length == 0)
            return planField;
        var list = KeywordLists.FirstOrDefault(list => JsonName(list.Field) == field)?.Name ?? field;
        return $"{list}[{index}]";
    }

    static object? Read(QueryForm form, Parameter parameter)
    {
        var type = parameter.ValueType;
        return type switch
        {
            _ when type == typeof(string) => form.Text(parameter.Name),
            _ when type == typeof(decimal) => parameter.IsRate ? form.Rate(parameter.Name) : form.Number(parameter.Name),
            _ when type == typeof(int) => form.WholeNumber(parameter.Name),
            _ when type == typeof(bool) => form.Flag(parameter.Name),
            { IsEnum: true } => form.Choice(parameter.Name, type),
            _ when type == typeof(IReadOnlyList<string>) => form.List(parameter.Name),
            _ => throw new NotSupportedException($"A request field of type {type} has no query form: teach {nameof(RequestQuery)} to read it."),
        };
    }

    static System.Collections.IList? ReadList(QueryForm form, Parameter list)
    {
        var type = list.ValueType;
        return type switch
        {
            _ when type == typeof(string) => form.List(list.Name)?.ToList(),
            _ when type == typeof(decimal) => list.IsRate ? form.RateList(list.Name) : form.NumberList(list.Name),
            _ when type == typeof(long) => form.WholeNumberList(list.Name),
            _ => throw new NotSupportedException($"A keyword field of type {type} has no query form: teach {nameof(RequestQuery)} to read it."),
        };
    }

    static string JsonName(PropertyInfo field) => JsonNamingPolicy.CamelCase.ConvertName(field.Name);

    static string Plural(string name) => name.EndsWith('s') ? name : name + "s";
}
