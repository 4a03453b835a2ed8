using System.Collections.Frozen;

namespace PpcBudget.Core.Money;

/// <summary>An ISO 4217 currency and the number of decimal places of its minor unit.</summary>
public sealed record Currency(string Code, int MinorUnits)
{
    public const string DefaultCode = "USD";

    public static Currency Default { get; } = new(DefaultCode, 2);

    // Active ISO 4217 codes. Most have cents; the exceptions are listed below.
    const string TwoDecimalCodes =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF " +
        "CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF " +
        "IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN " +
        "MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS " +
        "SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

    static readonly FrozenDictionary<string, int> MinorUnitsByCode = BuildTable();

    static FrozenDictionary<string, int> BuildTable()
    {
        var table = TwoDecimalCodes.Split(' ').ToDictionary(code => code, _ => 2);
        foreach (var code in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".Split(' '))
            table[code] = 0;
        foreach (var code in "BHD IQD JOD KWD LYD OMR TND".Split(' '))
            table[code] = 3;
        foreach (var code in "CLF UYW".Split(' '))
            table[code] = 4;
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsKnown(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    /// <summary>The currency for <paramref name="code"/>, or the default (USD) when none is given.</summary>
    /// <exception cref="ArgumentException">The code is not an active ISO 4217 code.</exception>
    public static Currency FromCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
            return Default;
        return MinorUnitsByCode.TryGetValue(code, out var minorUnits)
            ? new Currency(code.ToUpperInvariant(), minorUnits)
            : throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));
    }

    /// <summary>Rounds to the minor unit, half away from zero, as a spreadsheet's ROUND does.</summary>
    /// <remarks>The result always shows every minor-unit digit (290.00, not 290), as an amount is written.</remarks>
    public decimal Round(decimal amount) => Math.Round(amount + ZeroWithMinorUnits, MinorUnits, MidpointRounding.AwayFromZero);

    // Adding a zero of scale n gives a decimal at least n digits after the point without changing its value.
    decimal ZeroWithMinorUnits => MinorUnits switch { 0 => 0m, 2 => 0.00m, 3 => 0.000m, _ => 0.0000m };

    /// <summary>The smallest amount this currency can express: 0.01 for USD, 1 for JPY.</summary>
    public decimal MinorUnit => MinorUnits switch { 0 => 1m, 2 => 0.01m, 3 => 0.001m, _ => 0.0001m };
}
