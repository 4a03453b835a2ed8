using Microsoft.AspNetCore.Http;
using PpcBudget.Api.Infrastructure.Formats;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>The format a request asks for: format= first, then Accept; the common cases skip parsing the header.</summary>
public sealed class AnswerFormatTests
{
    static AnswerFormat? Requested(string? accept, string query = "")
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query);
        if (accept is not null)
            http.Request.Headers.Accept = accept;
        return AnswerFormats.Requested(http.Request);
    }

    [Theory]
    [InlineData(null, AnswerFormat.Json)]
    [InlineData("*/*", AnswerFormat.Json)]
    [InlineData("application/json", AnswerFormat.Json)]
    [InlineData("application/json; charset=utf-8", AnswerFormat.Json)]
    [InlineData("text/csv", AnswerFormat.Csv)]
    [InlineData("text/csv;q=0.5, text/plain", AnswerFormat.Text)]
    [InlineData("text/html, */*;q=0.1", AnswerFormat.Json)]
    [InlineData("text/*", AnswerFormat.Csv)]
    public void TheAcceptHeaderDecidesWithoutFormat(string? accept, AnswerFormat expected) => Assert.Equal(expected, Requested(accept));

    [Fact]
    public void AHeaderNamingNothingWeWriteIsNoFormat() => Assert.Null(Requested("image/png"));

    [Fact]
    public void TheQueryWinsOverTheHeader()
    {
        Assert.Equal(AnswerFormat.Tsv, Requested("application/json", "?format=tsv"));
        Assert.Null(Requested("*/*", "?format=xml"));
        Assert.Equal(AnswerFormat.Json, Requested("*/*", "?months=2"));
    }
}
