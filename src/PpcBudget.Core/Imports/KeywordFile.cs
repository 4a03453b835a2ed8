namespace PpcBudget.Core.Imports;

/// <summary>
/// The one reader for every keyword list a marketer downloads or types: Keyword Planner's "Keyword Stats", Google Ads'
/// search keyword and search terms reports, Microsoft Advertising's keyword performance report, and PpcBudget's plan CSV.
/// The format, the charset, the separator and the decimal separator are recognised from the content, never the name.
/// </summary>
public static class KeywordFile
{
    /// <exception cref="KeywordFileException">The file cannot be read without guessing; every problem is listed with its line and column.</exception>
    public static KeywordFileReading Read(ReadOnlySpan<byte> content, KeywordFileOptions? options = null)
    {
        options ??= KeywordFileOptions.Default;
        Check(options);
        var text = FileText.Decode(content);
        var layout = FileLayout.Find(text, options.Separator);
        return new KeywordFileReader(text, layout, options).Read();
    }

    /// <inheritdoc cref="Read(ReadOnlySpan{byte}, KeywordFileOptions?)"/>
    public static KeywordFileReading Read(Stream content, KeywordFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return Read(copy.GetBuffer().AsSpan(0, (int)copy.Length), options);
    }

    /// <summary>Reads the whole stream without blocking (a request body), then the file as <see cref="Read(ReadOnlySpan{byte}, KeywordFileOptions?)"/> does.</summary>
    /// <exception cref="KeywordFileException">The file cannot be read without guessing.</exception>
    public static async Task<KeywordFileReading> ReadAsync(Stream content, KeywordFileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return Read(copy.GetBuffer().AsSpan(0, (int)copy.Length), options);
    }

    static void Check(KeywordFileOptions options)
    {
        if (options.Separator is { } separator and not (',' or ';' or '\t'))
            throw new ArgumentException($"The separator '{separator}' is not one of ',', ';' and tab.", nameof(options));
        if (options.DecimalSeparator is { } mark and not ('.' or ','))
            throw new ArgumentException($"The decimal separator '{mark}' is not '.' or ','.", nameof(options));
        if (options.MaxRows < 1)
            throw new ArgumentException("MaxRows must be at least 1.", nameof(options));
    }
}
