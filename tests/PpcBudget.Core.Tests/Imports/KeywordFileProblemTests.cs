using System.Diagnostics;
using System.Text;
using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

public class KeywordFileProblemTests
{
    [Fact]
    public void AWindowsCodePageFileIsRefusedWithTheLineOfItsFirstForeignByte()
    {
        byte[] latin1 = [.. "keyword,cpc\ncoffee,1.00\ncaf"u8, 0xE9, .. ",2.00\n"u8];

        var refused = Assert.Throws<KeywordFileException>(() => KeywordFile.Read(latin1));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheByteOrderMarkDecidesTheCharset()
    {
        const string plan = "keyword,cpc\ncafé crème,1.00\n";
        byte[] utf8WithBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(plan)];
        byte[] utf16WithBom = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(plan)];

        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(plan), utf8WithBom, utf16WithBom })
            Assert.Equal("café crème", KeywordFile.Read(bytes).Keywords.Single().Keyword);
    }

    [Fact]
    public void ReadsFromAStream()
    {
        using var stream = new MemoryStream(Fixtures.Bytes("plan.csv"));

        Assert.Equal(4, KeywordFile.Read(stream).Keywords.Count);
    }

    [Fact]
    public async Task ReadsFromAStreamWithoutBlocking()
    {
        await using var stream = new MemoryStream(Fixtures.Bytes("Keyword Stats 2026-06-15 at 21_38_13.csv"));

        var reading = await KeywordFile.ReadAsync(stream);

        Assert.Equal(KeywordFileFormat.KeywordPlanner, reading.Format);
    }

    [Fact]
    public void AFileWithoutAKeywordHeaderIsRefusedNamingTheSeparatorItSaw()
    {
        var refused = Fixtures.Refused("term;cpc\ncoffee;2,90\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("';' (semicolons)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'term;cpc'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderNamingAKeywordButNoKnownFigureIsRefused()
    {
        var refused = Fixtures.Refused("Keyword,Bid\ncoffee,2.90\n");

        Assert.Contains("no figure this reader knows", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("keyword,cpc\n")]
    public void AnEmptyFileOrAHeaderAloneIsRefused(string text)
    {
        Assert.Single(Fixtures.Refused(text).Problems);
    }

    [Fact]
    public void ARowWithMoreCellsThanTheHeaderIsAProblemNamingTheSeparator()
    {
        var refused = Fixtures.Refused("keyword,cpc\ncoffee,2,90\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("',' (commas)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStrayQuoteIsAProblem()
    {
        var refused = Fixtures.Refused("keyword,cpc\ncoffee \"shop,2.90\nbeans,1.00\n");

        Assert.Contains(refused.Problems, problem => problem.Message.Contains("quote", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnclosedQuoteIsAProblemOnTheLineWhereTheCellStarts()
    {
        var refused = Fixtures.Refused("keyword,cpc\ntea,1.00\n\"coffee,2.90\nbeans,1.00\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("quote", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStrayQuoteInANumberIsListedOnce()
    {
        var refused = Fixtures.Refused("keyword,cpc\ncoffee,2.9\"0\n");

        Assert.Single(refused.Problems, problem => problem.Message.Contains("quote", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompetitionIndexOutsideZeroToAHundredIsAProblem()
    {
        var refused = Fixtures.Refused("Keyword\tCompetition (indexed value)\tTop of page bid (low range)\nmold\t99999999999\t1.00\n");

        Assert.Equal((2, "Competition (indexed value)"), (Assert.Single(refused.Problems).Line, refused.Problems[0].Column));
    }

    [Fact]
    public void ProblemsAreCappedAtAHundredAndTheRestCounted()
    {
        var text = new StringBuilder("keyword,cpc\n");
        for (var row = 0; row < 250; row++)
            text.Append(CultureInfo.InvariantCulture, $"k{row},two\n");

        var refused = Fixtures.Refused(text.ToString());

        Assert.Equal(KeywordFileException.MaxProblems, refused.Problems.Count);
        Assert.Equal(150, refused.MoreProblems);
        Assert.Equal((2, "cpc"), (refused.Problems[0].Line, refused.Problems[0].Column));
        Assert.Contains("249 more problems", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnNamedTwiceIsAProblemOnce()
    {
        var refused = Fixtures.Refused("keyword,cpc,cpc,cpc\ncoffee,1.00,2.00,3.00\n");

        Assert.Equal(("cpc", 1), (Assert.Single(refused.Problems).Column, refused.Problems.Count + refused.MoreProblems));
    }

    [Fact]
    public void TooManyRowsAreRefused()
    {
        var refused = Fixtures.Refused("keyword,cpc\na,1\nb,1\nc,1\n", new KeywordFileOptions { MaxRows = 2 });

        Assert.Equal(4, Assert.Single(refused.Problems).Line);
    }

    [Fact]
    public void AnEightMegabyteHeaderOfAMillionColumnsIsRefusedQuicklyWithOneProblem()
    {
        const int columns = 1_000_000;
        var header = new StringBuilder("Keyword,Cost,Clicks", 8_500_000);
        for (var column = 3; column < columns; column++)
            header.Append(CultureInfo.InvariantCulture, $",c{column}");
        var bytes = Encoding.UTF8.GetBytes(header + "\nmold removal,6.00,3\n");
        Assert.True(bytes.Length > 7_500_000);

        var clock = Stopwatch.StartNew();
        var refused = Assert.Throws<KeywordFileException>(() => KeywordFile.Read(bytes));
        clock.Stop();

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(0, refused.MoreProblems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("1,000,000 columns", problem.Message, StringComparison.Ordinal);
        Assert.True(refused.Message.Length < 300, refused.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AWideHeaderWithinTheLimitIsReadByNameAndItsRepeatedColumnsAreOneProblem()
    {
        var extra = Enumerable.Range(0, 9_990).Select(column => $"c{column}");
        var reading = Fixtures.ReadText(string.Join(',', extra.Append("Keyword").Append("cpc").Append("Clicks")) + "\n" +
                                        new string(',', 9_990) + "mold removal,6.00,3\n");
        var repeated = Fixtures.Refused(string.Join(',', Enumerable.Repeat("Clicks", 9_000).Append("Keyword")) + "\n1,mold\n");

        Assert.Equal(("mold removal", 3L), (reading.Keywords.Single().Keyword, reading.Keywords.Single().Clicks!.Value));
        Assert.Equal("Clicks", Assert.Single(repeated.Problems).Column);
        Assert.Equal(0, repeated.MoreProblems);
    }
}
