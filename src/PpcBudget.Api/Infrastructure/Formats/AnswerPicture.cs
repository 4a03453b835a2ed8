namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>
/// An answer drawn as a picture (<c>format=svg</c> or <c>format=png</c>), for a spreadsheet's <c>=IMAGE(url)</c>.
/// A feature registers one for its answer type; the formats know no feature.
/// </summary>
public interface IAnswerPicture
{
    Type AnswerType { get; }

    byte[] Draw(object answer, AnswerFormat format);
}

public static class AnswerPictures
{
    public static bool IsPicture(this AnswerFormat format) => format is AnswerFormat.Svg or AnswerFormat.Png;

    /// <summary>The picture registered for an answer type, or null when it has none.</summary>
    public static IAnswerPicture? For(IServiceProvider services, Type answerType) =>
        services.GetServices<IAnswerPicture>().FirstOrDefault(picture => picture.AnswerType == answerType);
}
