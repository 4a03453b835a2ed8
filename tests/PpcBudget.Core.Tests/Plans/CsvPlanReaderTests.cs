using System.Text;
using FluentValidation.Results;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Tests.Plans;

/// <summary>
/// The plan reader splits with Sep and hands a badly quoted plan to CsvHelper's parser from the row where it goes wrong;
/// a body that cannot be rewound is read by CsvHelper throughout. Both must give the same rows, lines and failures for
/// any text, which these tests check on hand-picked plans and on thousands of generated ones.
/// </summary>
public class CsvPlanReaderTests
{
    public static TheoryData<string> Plans => new()
    {
        "keyword,cpc\ncoffee shop,2.90\nlatte,1.50\n",
        "keyword,cpc,conversionRate,monthlySearches,clicks,conversions\r\na,1,2%,100,10,1\r\nb,2,0.5,,,\r\n",
        "\n\nkeyword,cpc\n\ncoffee,1\n\n\nlatte,2\n\n",
        "keyword,cpc\n\"coffee, \"\"decaf\"\"\n shop\",2.90\nlatte,1.50\n",
        "keyword,cpc\n  \"spaced\"  ,  3.5  \n",
        "keyword,cpc\n\"unclosed,1\nlatte,2\n",
        "keyword,cpc\ncoffee \"shop\",2.90\nlatte,x\n",
        "keyword,cpc\nlatte,1\n\"a\"b,2\nmocha,3\n",
        "keyword,cpc\nlatte,1\n\t\"tab\",2\n",
        "keyword,\"cpc\"\nlatte,\"1.5\"\n",
        "keyword,a\"b,c\nlatte,1\n",
        "keyword,cpc\r\rlatte,1\rmocha,2\r",
        "keyword,cpc\n\"line\r\nbreak\",1\nnext,abc\n",
        "keyword,cpc\n\"line\rbreak\",1\nnext,abc\n",
        "keyword,cpc\nlatte,1,2,3\n",
        "keyword,cpc\n   \n",
        "keyword,cpc\n",
        "",
        "\n\n",
        "cpc\n1\n",
        "keyword,cpc,cpc\nlatte,1,2\n",
        "\uFEFFkeyword,cpc\nlatte,1\n",
        "keyword,cpc\nlatte,1\n\"",
        "keyword,cpc\nlatte,\"\"\n",
        "keyword,cpc\n\"\",1\n",
        "keyword,cpc\nlatte,1e400\nmocha,-2\n",
        "keyword,conversionRate\nlatte,150\nmocha,1 %\n",
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task SplittingWithSepReadsAPlanAsCsvHelperDoes(string plan) =>
        Assert.Equal(await ReadAsync(plan, rewindable: false), await ReadAsync(plan, rewindable: true));

    [Fact]
    public async Task GeneratedPlansReadTheSameEitherWay()
    {
        // Pieces that make cells, quoting (good, stray, unclosed), line breaks of every kind and blank lines.
        string[] pieces = ["a", "latte", "1", "2.5", "0.02", "3%", "-1", "x", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "\t", "\"q\"", "\"a,b\"", "\"l\nb\""];
        var random = new Random(12);
        for (var i = 0; i < 3000; i++)
        {
            var plan = new StringBuilder(random.Next(3) switch
            {
                0 => "keyword,cpc\n",
                1 => "keyword,cpc,conversionRate,monthlySearches\r\n",
                _ => "",
            });
            for (var n = random.Next(1, 40); n > 0; n--)
                plan.Append(pieces[random.Next(pieces.Length)]);
            var text = plan.ToString();
            var expected = await ReadAsync(text, rewindable: false);
            var actual = await ReadAsync(text, rewindable: true);
            Assert.True(expected == actual, $"Plan {i}: {text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\nCsvHelper:\n{expected}\nSep:\n{actual}");
        }
    }

    [Fact]
    public async Task AQuotingFailureLaterInAPlanKeepsTheRowsAndFailuresBeforeIt()
    {
        var plan = "keyword,cpc\nlatte,abc\nmocha,2\ncoffee \"shop\",2.90\nespresso,x\n";

        var read = await ReadAsync(plan, rewindable: true);

        Assert.Equal(await ReadAsync(plan, rewindable: false), read);
        Assert.Contains("line 2: cpc", read, StringComparison.Ordinal);
        Assert.Contains("line 4: quoting", read, StringComparison.Ordinal);
        Assert.Contains("line 5: cpc", read, StringComparison.Ordinal);
    }

    /// <summary>Everything the reader gives, as text: rows, then failures, then the header's columns.</summary>
    static async Task<string> ReadAsync(string plan, bool rewindable)
    {
        var bytes = Encoding.UTF8.GetBytes(plan);
        Stream body = rewindable ? new MemoryStream(bytes) : new OneWayStream(bytes);
        var failures = new List<ValidationFailure>();
        var header = new HashSet<string>();
        var text = new StringBuilder();
        await foreach (var row in CsvPlanReader.ReadAsync(body, failures, header, CancellationToken.None))
            text.Append(CultureInfo.InvariantCulture, $"{row}\n");
        foreach (var failure in failures)
            text.Append(CultureInfo.InvariantCulture, $"{failure.PropertyName}: {failure.ErrorMessage}\n");
        return text.Append(string.Join(",", header.Order(StringComparer.Ordinal))).ToString();
    }

    /// <summary>A body that cannot be rewound, as a socket's is.</summary>
    sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
