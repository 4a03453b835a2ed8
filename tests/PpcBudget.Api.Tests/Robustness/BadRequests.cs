using System.Text;
using System.Text.RegularExpressions;
using PpcBudget.Api.Features.Budgets.Check;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;
using PpcBudget.Api.Features.Estimates;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// The battery, generated from a small table: each endpoint's well-formed request with the places where one value goes,
/// crossed with the ways clients get requests wrong. Each request also asks for one of the answer formats in turn, since
/// an error is problem details whatever format was asked for.
/// </summary>
public static partial class BadRequests
{
    /// <summary>Where a template takes the value under test.</summary>
    const string Slot = "§";

    static readonly string[] Formats = ["json", "csv", "tsv", "text"];

    const string Testing = TestingBudgetEndpoint.Route;
    const string Roi = RoiBudgetEndpoint.Route;
    const string Check = BudgetCheckEndpoint.Route;
    const string Epc = EpcEndpoint.Route;
    const string Estimates = PostCpcEstimatesEndpoint.Route;

    const string CheckPlan = """{ "months": 4, "customerValue": 300, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""";

    static string CheckBaseline(string total) => $$"""
        { "currency": "USD", "months": 4, "total": {{total}}, "monthlyBudget": 72.50,
          "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "testCost": 290.00, "verdict": "profitable" } ] }
        """;

    /// <summary>An endpoint that reads a JSON body: a good body, the field each template's § stands for, and a field to send twice.</summary>
    sealed record JsonEndpoint(string Route, string Good, (string Field, string Template)[] Slots, (string Field, string Value) Repeatable);

    static readonly JsonEndpoint[] JsonEndpoints =
    [
        new(Testing, """{ "months": 4, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""",
            [("months", """{ "months": §, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }"""),
             ("keywords[0].cpc", """{ "months": 4, "keywords": [ { "keyword": "coffee shop", "cpc": § } ] }""")],
            ("months", "4")),
        new(Roi, """{ "customerValue": 320, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""",
            [("customerValue", """{ "customerValue": §, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }"""),
             ("keywords[0].clicks", """{ "customerValue": 320, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "clicks": §, "conversions": 1 } ] }""")],
            ("customerValue", "320")),
        new(Check, $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline("290.00")}}, "tolerance": 0.05 }""",
            [("tolerance", $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline("290.00")}}, "tolerance": § }"""),
             ("baseline.total", $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline(Slot)}} }""")],
            ("tolerance", "0.05")),
        new(Estimates, """{ "keywords": [ "coffee shop" ], "estimateSource": "seed" }""",
            [("keywords", """{ "keywords": § }"""),
             ("estimateSource", """{ "keywords": [ "coffee shop" ], "estimateSource": § }""")],
            ("estimateSource", "\"seed\"")),
    ];

    /// <summary>JSON values that no numeric or list field takes; the last ones are not JSON at all, so the body as a whole is bad.</summary>
    static readonly (string What, string Json, bool IsJson)[] JsonValues =
    [
        ("a number in a string", "\"2.90\"", true),
        ("an empty string", "\"\"", true),
        ("true", "true", true),
        ("an empty array", "[]", true),
        ("an object", """{ "value": 1 }""", true),
        ("1e400", "1e400", true),
        ("2^96", "79228162514264337593543950336", true),
        ("-1e30", "-1e30", true),
        ("\"NaN\"", "\"NaN\"", true),
        ("\"Infinity\"", "\"Infinity\"", true),
        ("\"-Infinity\"", "\"-Infinity\"", true),
        ("a string holding NUL", "\"\\u0000\"", true),
        ("bare NaN", "NaN", false),
        ("bare Infinity", "Infinity", false),
        ("bare -Infinity", "-Infinity", false),
        ("hex 0x1F", "0x1F", false),
        ("a leading zero", "007", false),
        ("a dangling exponent", "1e", false),
    ];

    /// <summary>The endpoints that also read a CSV plan, with the settings it needs in the query.</summary>
    static readonly (string Route, string Settings)[] CsvEndpoints = [(Testing, "months=4"), (Roi, "customerValue=320")];

    /// <summary>An endpoint that reads the query string: a good query, and the parameter each template's § stands for.</summary>
    sealed record QueryEndpoint(string Route, string Good, (string Field, string Template)[] Slots, (string Query, string Field) Missing,
        (string Query, string Field)? Mismatched, bool TakesKeywords);

    static readonly QueryEndpoint[] QueryEndpoints =
    [
        new(Testing, "keywords=coffee%20shop&cpcs=2.90&months=4",
            [("months", "keywords=coffee%20shop&cpcs=2.90&months=§"),
             ("cpcs[0]", "keywords=coffee%20shop&cpcs=§"),
             ("conversionRate", "keywords=coffee%20shop&cpcs=2.90&conversionRate=§")],
            ("cpcs=2.90&months=4", "keywords"), ("keywords=coffee%20shop&cpcs=2.90,13.76", "cpcs"), TakesKeywords: true),
        new(Roi, "customerValue=320&keywords=coffee%20shop&cpcs=2.90",
            [("customerValue", "customerValue=§&keywords=coffee%20shop&cpcs=2.90"),
             ("cpcs[0]", "customerValue=320&keywords=coffee%20shop&cpcs=§"),
             ("clicks[0]", "customerValue=320&keywords=coffee%20shop&cpcs=2.90&clicks=§&conversions=1")],
            ("keywords=coffee%20shop&cpcs=2.90", "customerValue"),
            ("customerValue=320&keywords=coffee%20shop&cpcs=2.90&clicks=1,2&conversions=1,1", "clicks"), TakesKeywords: true),
        new(Epc, "customerValue=100&conversionRate=0.01",
            [("customerValue", "customerValue=§&conversionRate=0.01"),
             ("conversionRate", "customerValue=100&conversionRate=§"),
             ("currency", "customerValue=100&currency=§")],
            ("conversionRate=0.01", "customerValue"), null, TakesKeywords: false),
        new(Estimates, "keywords=coffee%20shop&estimateSource=seed",
            [("estimateSource", "keywords=coffee%20shop&estimateSource=§"),
             ("geoTargets*", "keywords=coffee%20shop&geoTargets=§")],
            ("estimateSource=seed", "keywords"), ("keywords=coffee%20shop&geoTargets=1,2,3,4,5,6,7,8,9,10,11", "geoTargets"), TakesKeywords: true),
    ];

    /// <summary>Query values as they arrive, already percent-encoded (or not: %ZZ is garbage on purpose).</summary>
    static readonly (string What, string Raw)[] QueryValues =
    [
        ("letters", "abc"),
        ("1e400", "1e400"),
        ("2^96", "79228162514264337593543950336"),
        ("-1e30", "-1e30"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("5,000 nines", new string('9', 5_000)),
        ("percent-encoding garbage %ZZ", "%ZZ%"),
        ("invalid UTF-8", "%C3%28%FF%FE"),
        ("control characters", "%00%01%1B%7F"),
        ("hex 0x1F", "0x1F"),
        ("a lone percent sign", "%25"),
    ];

    public static IReadOnlyDictionary<string, BadRequest> ByName { get; } = Generate().ToDictionary(request => request.Name);

    /// <summary>The names, in order, for a theory: each case reads on its own in a test report.</summary>
    public static TheoryData<CaseName> Names => new(ByName.Keys.Select(name => new CaseName(name)));

    /// <summary>
    /// Well-formed requests the service may answer or refuse, but must never crash on: each endpoint's good request in
    /// every format, and amounts of the right type at the edges of decimal (far below a cent, or as large as allowed).
    /// </summary>
    public static IReadOnlyDictionary<string, BadRequest> WellFormedByName { get; } =
        GoodRequestsInEveryFormat().Concat(Extremes()).ToDictionary(request => request.Name);

    public static TheoryData<CaseName> WellFormedNames => new(WellFormedByName.Keys.Select(name => new CaseName(name)));

    static IEnumerable<BadRequest> GoodRequestsInEveryFormat()
    {
        foreach (var format in Formats)
        {
            foreach (var endpoint in JsonEndpoints)
                yield return JsonBody(endpoint.Route, "a good request", endpoint.Good, format, []);
            foreach (var endpoint in QueryEndpoints)
                yield return Get(endpoint.Route, "a good request", endpoint.Good, format, "*");
            foreach (var (route, settings) in CsvEndpoints)
                yield return Csv(route, "a good plan", "keyword,cpc\ncoffee shop,2.90\nespresso machine,\n"u8.ToArray(), settings, format, []);
        }
    }

    const string Tiny = "0.0000000000000000000000000001";

    static IEnumerable<BadRequest> Extremes()
    {
        const string RoiTinyCpc = $$"""{ "customerValue": 1000, "keywords": [ { "keyword": "coffee shop", "cpc": {{Tiny}} } ] }""";
        yield return JsonBody(Roi, "a CPC of 1e-28 for a customer worth 1000", RoiTinyCpc, "json", []);
        yield return Get(Roi, "a CPC of 1e-28 for a customer worth 1000", $"customerValue=1000&keywords=coffee%20shop&cpcs={Tiny}", "csv", "*");
        foreach (var format in Formats)
            yield return Csv(Roi, "a CPC of 1e-28 for a customer worth 1000", Encoding.UTF8.GetBytes($"keyword,cpc\ncoffee shop,{Tiny}\n"),
                "customerValue=1000", format, []);
        yield return JsonBody(Roi, "the most clicks and conversions a long holds",
            """{ "customerValue": 1000000000, "keywords": [ { "keyword": "coffee shop", "cpc": 1000000, "clicks": 9223372036854775807, "conversions": 9223372036854775807 } ] }""",
            "json", []);
        yield return JsonBody(Roi, "one conversion in the most clicks a long holds",
            """{ "customerValue": 1000000000, "keywords": [ { "keyword": "coffee shop", "cpc": 0.01, "clicks": 9223372036854775807, "conversions": 1 } ] }""",
            "csv", []);
        yield return JsonBody(Testing, "the largest CPC, sales and months needed the rules allow",
            """{ "months": 1, "salesPerKeyword": 1000000, "conversionRate": 0.000001, "clickThroughRate": 0.000001, "keywords": [ { "keyword": "coffee shop", "cpc": 1000000, "monthlySearches": 1 } ] }""",
            "json", []);
        yield return Get(Testing, "the most monthly searches a long holds",
            "keywords=coffee%20shop&cpcs=1000000&monthlySearches=9223372036854775807&conversionRate=0.0001%25&clickThroughRate=1", "tsv", "*");
        yield return JsonBody(Testing, "a CPC with 28 decimals", """{ "keywords": [ { "keyword": "coffee shop", "cpc": 2.9000000000000000000000000001 } ] }""", "text", []);
        yield return Get(Epc, "the largest customer value at a 100 % rate", "customerValue=1000000000&conversionRate=1", "json", "*");
        yield return Get(Epc, "a customer worth 1e-28", $"customerValue={Tiny}", "text", "*");
        yield return JsonBody(Check, "a baseline test cost of 1e-28", $$"""
            { "plan": {{CheckPlan}}, "baseline": { "currency": "USD", "months": 4, "total": 290.00, "monthlyBudget": 72.50,
              "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "testCost": {{Tiny}}, "verdict": "profitable" } ] } }
            """, "json", []);
        yield return JsonBody(Check, "a baseline total of 1e-28", $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline(Tiny)}} }""", "csv", []);
        yield return JsonBody(Check, "the largest baseline total decimal holds, 100 times tolerance",
            $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline("79228162514264337593543950335")}}, "tolerance": 100 }""", "json", []);
        yield return JsonBody(Check, "a monthly bound of 1e-28",
            $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline("290.00")}}, "bounds": { "maxMonthly": {{Tiny}}, "maxTotal": {{Tiny}} } }""", "json", []);
    }

    static IEnumerable<BadRequest> Generate()
    {
        var format = 0;
        string NextFormat() => Formats[format++ % Formats.Length];

        foreach (var endpoint in JsonEndpoints)
        {
            foreach (var (field, template) in endpoint.Slots)
                foreach (var (what, json, isJson) in JsonValues)
                    yield return JsonBody(endpoint.Route, $"{field}: {what}", template.Replace(Slot, json, StringComparison.Ordinal), NextFormat(),
                        isJson ? [field] : ["body"]);
            foreach (var request in BrokenJsonBodies(endpoint, NextFormat))
                yield return request;
            foreach (var request in WrongContentTypes(endpoint, NextFormat))
                yield return request;
        }

        foreach (var (route, settings) in CsvEndpoints)
            foreach (var request in BrokenCsvBodies(route, settings, NextFormat))
                yield return request;

        foreach (var endpoint in QueryEndpoints)
        {
            foreach (var (field, template) in endpoint.Slots)
                foreach (var (what, raw) in QueryValues)
                    yield return Get(endpoint.Route, $"{field.TrimEnd('*')}={what}", template.Replace(Slot, raw, StringComparison.Ordinal), NextFormat(), field);
            foreach (var request in BrokenQueries(endpoint, NextFormat))
                yield return request;
        }

        foreach (var request in WrongMethods())
            yield return request;
        foreach (var request in QuietlyMisread(NextFormat))
            yield return request;
    }

    /// <summary>
    /// Input that used to be read as something else without a word: an amount finer than a micro (echoed as 0.0000…),
    /// an empty parameter (taken as its default), a fractional whole number. Each is refused, naming the field, in JSON
    /// bodies, query forms and CSV plans alike.
    /// </summary>
    static IEnumerable<BadRequest> QuietlyMisread(Func<string> nextFormat)
    {
        foreach (var (what, amount) in ((string, string)[])[("1e-29", "1e-29"), ("more decimals than a micro", "2.9000001"), ("28 decimals", "2.9000000000000000000000000001")])
        {
            yield return JsonBody(Testing, $"a cpc of {what}", $$"""{ "keywords": [ { "keyword": "coffee shop", "cpc": {{amount}} } ] }""", nextFormat(), ["keywords[0].cpc"]);
            yield return JsonBody(Roi, $"a customerValue of {what}", $$"""{ "customerValue": {{amount}}, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""",
                nextFormat(), ["customerValue"]);
            yield return JsonBody(Check, $"a baseline total of {what}", $$"""{ "plan": {{CheckPlan}}, "baseline": {{CheckBaseline(amount)}} }""", nextFormat(), ["baseline.total"]);
            yield return Get(Testing, $"cpcs={what}", $"keywords=coffee%20shop&cpcs={amount}", nextFormat(), "cpcs*");
            yield return Get(Epc, $"customerValue={what}", $"customerValue={amount}", nextFormat(), "customerValue");
            yield return Csv(Testing, $"a cpc of {what}", Encoding.UTF8.GetBytes($"keyword,cpc\ncoffee shop,{amount}\n"), "months=4", nextFormat(), ["line 2: cpc"]);
        }
        yield return JsonBody(Testing, "months of 4.5", """{ "months": 4.5, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""", nextFormat(), ["months"]);
        yield return JsonBody(Roi, "clicks of 400.5",
            """{ "customerValue": 320, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "clicks": 400.5, "conversions": 6 } ] }""",
            nextFormat(), ["keywords[0].clicks"]);
        foreach (var endpoint in QueryEndpoints)
            foreach (var (field, template) in endpoint.Slots)
                yield return Get(endpoint.Route, $"{field.TrimEnd('*')} empty", template.Replace(Slot, "", StringComparison.Ordinal), nextFormat(),
                    field.Split('[')[0].TrimEnd('*'));
        yield return Get(Testing, "months empty, twice", "keywords=coffee%20shop&cpcs=2.90&months=&months=", nextFormat(), "months");
        foreach (var (route, settings) in CsvEndpoints)
            foreach (var empty in (string[])["currency", "conversionRate", settings.Split('=')[0]])
            {
                var query = empty == settings.Split('=')[0] ? $"{empty}=" : $"{settings}&{empty}=";
                yield return Csv(route, $"{empty} empty in the query", Encoding.UTF8.GetBytes("keyword,cpc\ncoffee shop,2.90\n"), query, nextFormat(), [empty]);
            }
    }

    static IEnumerable<BadRequest> BrokenJsonBodies(JsonEndpoint endpoint, Func<string> nextFormat)
    {
        var good = endpoint.Good;
        var (field, value) = endpoint.Repeatable;
        var (firstField, firstTemplate) = endpoint.Slots[0];
        var inString = good.IndexOf("coffee", StringComparison.Ordinal) + 3;
        var deepArrays = new string('[', 10_000) + new string(']', 10_000);
        var deepObjects = string.Concat(Enumerable.Repeat("""{"a":""", 10_000)) + "1" + new string('}', 10_000);
        string[] body = ["body"];

        yield return JsonBody(endpoint.Route, "an empty body", "", nextFormat(), body);
        yield return JsonBody(endpoint.Route, "only whitespace", " \r\n\t ", nextFormat(), body);
        yield return JsonBody(endpoint.Route, "JSON cut off halfway", good[..(good.Length / 2)], nextFormat(), body);
        yield return JsonBody(endpoint.Route, "JSON cut off inside a string", good[..inString], nextFormat(), body);
        yield return JsonBody(endpoint.Route, "10,000 nested arrays", deepArrays, nextFormat(), body);
        yield return JsonBody(endpoint.Route, $"10,000 nested arrays in {firstField}", firstTemplate.Replace(Slot, deepArrays, StringComparison.Ordinal),
            nextFormat(), ["body", firstField]);
        yield return JsonBody(endpoint.Route, $"10,000 nested objects in {firstField}", firstTemplate.Replace(Slot, deepObjects, StringComparison.Ordinal),
            nextFormat(), ["body", firstField]);
        yield return JsonBody(endpoint.Route, "invalid UTF-8 inside a string", Replace(Encoding.UTF8.GetBytes(good), "coffee"u8, [(byte)'c', 0xC3, 0x28, 0xFF]),
            nextFormat(), ["body", "*keyword*"]);
        yield return JsonBody(endpoint.Route, "invalid UTF-8 between tokens", [(byte)'{', 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(good[1..])], nextFormat(), body);
        yield return JsonBody(endpoint.Route, "UTF-16 with a byte-order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(good)],
            nextFormat(), body);
        yield return JsonBody(endpoint.Route, "a top-level array", $"[ {good} ]", nextFormat(), body);
        yield return JsonBody(endpoint.Route, "a top-level string", "\"coffee shop\"", nextFormat(), body);
        yield return JsonBody(endpoint.Route, "a top-level number", "2.90", nextFormat(), body);
        yield return JsonBody(endpoint.Route, "a top-level null", "null", nextFormat(), []);
        yield return JsonBody(endpoint.Route, "text after the JSON", good + " and more", nextFormat(), body);
        yield return JsonBody(endpoint.Route, "two JSON documents", good + good, nextFormat(), body);
        yield return JsonBody(endpoint.Route, "a comment", "/* plan */ " + good, nextFormat(), body);
        yield return JsonBody(endpoint.Route, "single-quoted strings", good.Replace('"', '\''), nextFormat(), body);
        yield return JsonBody(endpoint.Route, "unquoted property names", PropertyName().Replace(good, "$1:"), nextFormat(), body);
        yield return JsonBody(endpoint.Route, "a trailing comma", good[..good.LastIndexOf('}')] + ", }", nextFormat(), body);
        yield return JsonBody(endpoint.Route, $"{field} twice", $$"""{ "{{field}}": {{value}}, {{good.TrimStart()[1..]}}""", nextFormat(), [field]);
        yield return JsonBody(endpoint.Route, $"{field} twice, in another case",
            $$"""{ "{{char.ToUpperInvariant(field[0])}}{{field[1..]}}": {{value}}, {{good.TrimStart()[1..]}}""", nextFormat(), [field]);
        yield return JsonBody(endpoint.Route, "CSV labelled as JSON", "keyword,cpc\ncoffee shop,2.90\n", nextFormat(), body);
    }

    static IEnumerable<BadRequest> WrongContentTypes(JsonEndpoint endpoint, Func<string> nextFormat)
    {
        var good = Encoding.UTF8.GetBytes(endpoint.Good);
        const string Boundary = "battery-boundary";
        var multipart = Encoding.UTF8.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"plan\"\r\nContent-Type: application/json\r\n\r\n{endpoint.Good}\r\n--{Boundary}--\r\n");

        yield return Post(endpoint.Route, "JSON sent as text/plain", good, "text/plain; charset=utf-8", nextFormat(), []);
        yield return Post(endpoint.Route, "an XML body", "<plan><months>4</months><keyword>coffee shop</keyword></plan>"u8.ToArray(),
            "application/xml", nextFormat(), []);
        yield return Post(endpoint.Route, "JSON in a multipart form", multipart, $"multipart/form-data; boundary={Boundary}", nextFormat(), []);
        yield return Post(endpoint.Route, "a URL-encoded form", "months=4&keywords=coffee+shop&cpcs=2.90"u8.ToArray(),
            "application/x-www-form-urlencoded", nextFormat(), []);
        yield return Post(endpoint.Route, "JSON without a Content-Type", good, null, nextFormat(), []);
        yield return Post(endpoint.Route, "an unparseable Content-Type", good, ";;;=", nextFormat(), []);
        yield return Post(endpoint.Route, "JSON labelled as a PNG image", good, "image/png", nextFormat(), []);
        yield return new BadRequest($"POST {endpoint.Route} | a good body accepting only XML", HttpMethod.Post, endpoint.Route)
        {
            Body = good,
            ContentType = "application/json",
            Accept = "application/xml",
        };
    }

    static IEnumerable<BadRequest> BrokenCsvBodies(string route, string settings, Func<string> nextFormat)
    {
        const string Header = "keyword,cpc\n";
        var garbage = new byte[512];
        new Random(6).NextBytes(garbage);
        var bom = Encoding.UTF8.GetPreamble();
        string[] line2Cpc = ["line 2: cpc"];

        IEnumerable<(string What, byte[] Body, string Query, string[] Fields)> Cases()
        {
            yield return ("an empty body", [], settings, ["body"]);
            yield return ("a header only", Encoding.UTF8.GetBytes(Header), settings, ["body"]);
            yield return ("an unclosed quote", Encoding.UTF8.GetBytes(Header + "\"coffee shop,2.90\n"), settings, ["line 2: *"]);
            yield return ("a stray quote inside a cell", Encoding.UTF8.GetBytes(Header + "coffee \"shop\",2.90\n"), settings, ["line 2: *"]);
            yield return ("more cells than the header", Encoding.UTF8.GetBytes(Header + "coffee shop,2.90,1,2,3\n"), settings, ["line 2: cells"]);
            yield return ("only commas", Encoding.UTF8.GetBytes(Header + ",,,\n"), settings, ["line 2: *"]);
            yield return ("binary garbage", garbage, settings, ["body", "line 1: *"]);
            yield return ("a NUL byte in a cpc", Encoding.UTF8.GetBytes(Header + "coffee shop,2\0.90\n"), settings, line2Cpc);
            // A BOM with semicolons or tabs is read now: a European spreadsheet's or a tab-separated save of a plan (DownloadedFileTests).
            yield return ("a BOM and pipes", [.. bom, .. Encoding.UTF8.GetBytes("keyword|cpc\ncoffee shop|2.90\n")], settings, ["body", "line 1: *"]);
            yield return ("no keyword column", Encoding.UTF8.GetBytes("cpc\n2.90\n"), settings, ["body"]);
            yield return ("a column twice", Encoding.UTF8.GetBytes("keyword,cpc,cpc\ncoffee shop,2.90,3\n"), settings, ["line 1: cpc"]);
            yield return ("an unknown column", Encoding.UTF8.GetBytes("keyword,cpc,bid\ncoffee shop,2.90,1\n"), settings, ["line 1: bid"]);
            foreach (var (what, raw) in ((string, string)[])[("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
                         ("1e400", "1e400"), ("2^96", "79228162514264337593543950336"), ("-1e30", "-1e30"), ("letters", "two dollars")])
                yield return ($"a cpc of {what}", Encoding.UTF8.GetBytes($"{Header}coffee shop,{raw}\n"), settings, line2Cpc);
            yield return ("invalid UTF-8 in a cpc", [.. Encoding.UTF8.GetBytes(Header + "coffee shop,2."), 0xFF, .. "90\n"u8], settings, line2Cpc);
            yield return ("invalid UTF-8 in a keyword", [.. Encoding.UTF8.GetBytes(Header + "caf"), 0xC3, 0x28, 0xFF, .. ",2.90\n"u8], settings,
                ["line 2: keyword"]);
            yield return ("control characters in a keyword", Encoding.UTF8.GetBytes(Header + "\u0001\u0007\u001b,2.90\n"), settings, ["line 2: keyword"]);
            yield return ("an empty keyword", Encoding.UTF8.GetBytes(Header + ",2.90\n"), settings, ["line 2: keyword"]);
            yield return ("a keyword of 100,000 characters", Encoding.UTF8.GetBytes($"{Header}{new string('k', 100_000)},2.90\n"), settings,
                ["line 2: keyword"]);
            yield return ("JSON labelled as CSV", Encoding.UTF8.GetBytes(JsonEndpoints[0].Good), settings, ["body", "line 1: *"]);
            var badSetting = settings.Split('=')[0];
            yield return ($"{badSetting}=abc in the query", Encoding.UTF8.GetBytes(Header + "coffee shop,2.90\n"), $"{badSetting}=abc", [badSetting]);
            yield return ("an unknown query parameter", Encoding.UTF8.GetBytes(Header + "coffee shop,2.90\n"), settings + "&bid=1", ["bid"]);
        }

        foreach (var (what, body, query, fields) in Cases())
            yield return Csv(route, what, body, query, nextFormat(), fields);
    }

    static IEnumerable<BadRequest> BrokenQueries(QueryEndpoint endpoint, Func<string> nextFormat)
    {
        var route = endpoint.Route;
        var good = endpoint.Good;
        var scalar = endpoint.Slots[0].Field;
        var longName = new string('p', 4_000);

        yield return Get(route, "an unknown parameter", good + "&bid=1", nextFormat(), "bid");
        yield return Get(route, "a misspelled parameter", good + $"&{scalar[..^1]}=1", nextFormat(), scalar[..^1]);
        yield return Get(route, $"{scalar} twice", good + $"&{scalar}=2", nextFormat(), scalar);
        yield return Get(route, $"{scalar} twice, in another case", good + $"&{scalar.ToUpperInvariant()}=2", nextFormat(), scalar);
        yield return Get(route, "a parameter named with control characters", good + "&%00%01%1B=1", nextFormat(), "*");
        yield return Get(route, "a parameter named %ZZ", good + "&%ZZ=1", nextFormat(), "*");
        yield return Get(route, "a parameter name of 4,000 characters", good + $"&{longName}=1", nextFormat(), longName);
        yield return Get(route, $"{endpoint.Missing.Field} missing", endpoint.Missing.Query, nextFormat(), endpoint.Missing.Field);
        if (endpoint.Mismatched is { } lists)
            yield return Get(route, "lists of different lengths", lists.Query, nextFormat(), lists.Field);
        if (endpoint.TakesKeywords)
        {
            var cpc = route == Estimates ? "" : "&cpcs=2.90";
            var settings = route == Roi ? "customerValue=320&" : "";
            yield return Get(route, "a keyword of control characters", $"{settings}keywords=%01%07%1B{cpc}", nextFormat(), "keywords*");
            yield return Get(route, "a keyword of invalid UTF-8", $"{settings}keywords=caf%C3%28%FF{cpc}", nextFormat(), "keywords*");
            yield return Get(route, "a keyword of 5,000 characters", $"{settings}keywords={new string('k', 5_000)}{cpc}", nextFormat(), "keywords*");
            yield return Get(route, "keywords of only commas", $"{settings}keywords=,,,{(cpc.Length == 0 ? "" : cpc + ",2.90,2.90,2.90")}", nextFormat(),
                "keywords*");
        }

        foreach (var (what, query, field) in ((string, string, string)[])[
                     ("format=xml", "format=xml", "format"),
                     ("format twice", "format=json&format=csv", "format"),
                     ("an empty format", "format=", "format"),
                     ("field without format=text", "field=epc", "field"),
                     ("an unknown field", "format=text&field=nonsense", "field"),
                     ("format=%ZZ", "format=%ZZ", "format")])
            yield return new BadRequest($"GET {route} | {what}", HttpMethod.Get, $"{route}?{good}&{query}") { Fields = [field] };
        yield return new BadRequest($"GET {route} | accepting only XML", HttpMethod.Get, $"{route}?{good}") { Accept = "application/xml" };
        yield return new BadRequest($"GET {route} | accepting only HTML", HttpMethod.Get, $"{route}?{good}") { Accept = "text/html" };
    }

    static IEnumerable<BadRequest> WrongMethods()
    {
        foreach (var route in (string[])[Testing, Roi, Check, Epc, Estimates])
            foreach (var method in (HttpMethod[])[HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options])
                yield return new BadRequest($"{method} {route} | a method it does not take", method, route)
                {
                    Body = method == HttpMethod.Options || method == HttpMethod.Delete ? null : Encoding.UTF8.GetBytes(JsonEndpoints[0].Good),
                    ContentType = "application/json",
                };
        yield return new BadRequest($"GET {Check} | a method it does not take", HttpMethod.Get, $"{Check}?plan=x");
        yield return new BadRequest($"POST {Epc} | a method it does not take", HttpMethod.Post, Epc)
        {
            Body = """{ "customerValue": 100 }"""u8.ToArray(),
            ContentType = "application/json",
        };
    }

    static BadRequest JsonBody(string route, string what, string json, string format, string[] fields) =>
        JsonBody(route, what, Encoding.UTF8.GetBytes(json), format, fields);

    static BadRequest JsonBody(string route, string what, byte[] body, string format, string[] fields) =>
        Post(route, what, body, "application/json", format, fields);

    static BadRequest Post(string route, string what, byte[] body, string? contentType, string format, string[] fields) =>
        new($"POST {route} | {what} | format={format}", HttpMethod.Post, $"{route}?format={format}")
        {
            Body = body,
            ContentType = contentType,
            Fields = fields,
        };

    static BadRequest Csv(string route, string what, byte[] body, string query, string format, string[] fields) =>
        new($"POST {route} text/csv | {what} | format={format}", HttpMethod.Post, $"{route}?{query}&format={format}")
        {
            Body = body,
            ContentType = "text/csv",
            Fields = fields,
        };

    static BadRequest Get(string route, string what, string query, string format, string field) =>
        new($"GET {route} | {what} | format={format}", HttpMethod.Get, $"{route}?{query}&format={format}") { Fields = [field] };

    static byte[] Replace(byte[] bytes, ReadOnlySpan<byte> find, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(find);
        return [.. bytes[..at], .. replacement, .. bytes[(at + find.Length)..]];
    }

    [GeneratedRegex("\"(\\w+)\":")]
    private static partial Regex PropertyName();
}
