using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A country: an ISO 3166-1 alpha-2 code, such as <c>FI</c>, <c>DE</c> or <c>GR</c>.
/// </summary>
/// <remarks>
/// <para>
/// The 249 officially assigned codes are accepted, and one user-assigned code: <c>XK</c> (alpha-3 <c>XKX</c>) for
/// Kosovo*, which the European Commission and the Erasmus+ programme use (<see cref="IsUserAssigned"/> tells it
/// apart). Other user-assigned codes (<c>AA</c>, <c>QM</c>–<c>QZ</c>, <c>XA</c>–<c>XZ</c>, <c>ZZ</c>) and reserved
/// ones are not. The EU's own abbreviations <c>EL</c> (Greece) and <c>UK</c> (United Kingdom) are not ISO codes: use
/// <c>GR</c> and <c>GB</c>.
/// </para>
/// <para>
/// * This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ
/// Opinion on the Kosovo declaration of independence.
/// </para>
/// <para>
/// <see cref="From"/> requires the canonical upper-case form; <see cref="Parse"/> and <see cref="TryParse"/> also accept
/// lower or mixed case (<c>"fi"</c>, <c>"Fi"</c>) and return the canonical code. Each code has one instance.
/// Equality compares <see cref="Value"/> (ordinal). <see cref="ToString()"/> gives the code. <see cref="Alpha3"/> gives
/// the ISO 3166-1 alpha-3 code that the EU Publications Office country authority table (used by Europass) builds its
/// URIs from. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record CountryCode : ITextParsable<CountryCode>
{
    // ISO 3166-1 officially assigned codes, alpha-2 followed by alpha-3, in alpha-2 order.
    private const string Table =
        "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE " +
        "BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ " +
        "CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE " +
        "DEDEU DJDJI DKDNK DMDMA DODOM DZDZA " +
        "ECECU EEEST EGEGY EHESH ERERI ESESP ETETH " +
        "FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA " +
        "GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY " +
        "HKHKG HMHMD HNHND HRHRV HTHTI HUHUN " +
        "IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA " +
        "JEJEY JMJAM JOJOR JPJPN " +
        "KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ " +
        "LALAO LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY " +
        "MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ " +
        "NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL " +
        "OMOMN " +
        "PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY " +
        "QAQAT " +
        "REREU ROROU RSSRB RURUS RWRWA " +
        "SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ " +
        "TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA " +
        "UAUKR UGUGA UMUMI USUSA UYURY UZUZB " +
        "VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT " +
        "WFWLF WSWSM " +
        "XKXKX " +
        "YEYEM YTMYT " +
        "ZAZAF ZMZMB ZWZWE";

    private static readonly CountryCode[] Codes = Table.Split(' ').Select(entry => new CountryCode(entry[..2], entry[2..])).ToArray();

    private static readonly FrozenDictionary<string, CountryCode> ByAlpha2 = Codes.ToFrozenDictionary(c => c.Value, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CountryCode> ByAlpha3 = Codes.ToFrozenDictionary(c => c.Alpha3, StringComparer.Ordinal);

    private CountryCode(string value, string alpha3)
    {
        Value = value;
        Alpha3 = alpha3;
    }

    /// <summary>Every accepted code (the officially assigned ones and <c>XK</c>), in alphabetical order.</summary>
    public static IReadOnlyList<CountryCode> All { get; } = Array.AsReadOnly(Codes);

    /// <summary>The ISO 3166-1 alpha-2 code, two upper-case letters such as <c>FI</c>.</summary>
    public string Value { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, three upper-case letters such as <c>FIN</c> (<c>XKX</c> for <c>XK</c>).</summary>
    public string Alpha3 { get; }

    /// <summary>
    /// Whether the code is user-assigned rather than officially assigned by ISO 3166-1: true only for <c>XK</c>
    /// (Kosovo*). Systems that accept only official codes may refuse it.
    /// </summary>
    public bool IsUserAssigned => Value[0] == 'X';

    /// <summary>
    /// The concept URI in the EU Publications Office country authority table, as Europass uses it:
    /// <c>http://publications.europa.eu/resource/authority/country/{alpha-3}</c>.
    /// </summary>
    public Uri AuthorityUri => new("http://publications.europa.eu/resource/authority/country/" + Alpha3, UriKind.Absolute);

    /// <summary>Returns the country with the given upper-case alpha-2 code.</summary>
    /// <param name="code">The code, two upper-case letters such as <c>FI</c>.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an officially assigned upper-case ISO 3166-1 alpha-2 code.</exception>
    public static CountryCode From(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByAlpha2.TryGetValue(code, out var country) ? country : throw new ArgumentException(Problem(code), nameof(code));
    }

    /// <summary>Parses an alpha-2 code in any letter case, such as <c>"FI"</c>, <c>"fi"</c> or <c>"Fi"</c>.</summary>
    /// <param name="text">The text to parse: exactly two ASCII letters.</param>
    /// <returns>The country, whose <see cref="Value"/> is upper case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an officially assigned ISO 3166-1 alpha-2 code.</exception>
    public static CountryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var country) ? country : throw new FormatException(Problem(text));
    }

    /// <summary>Tries to parse an alpha-2 code in any letter case (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="country">The country, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an officially assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CountryCode? country)
    {
        country = null;
        if (text is not { Length: 2 } || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]))
        {
            return false;
        }

        Span<char> upper = [char.ToUpperInvariant(text[0]), char.ToUpperInvariant(text[1])];
        return ByAlpha2.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out country);
    }

    /// <summary>
    /// Finds the country with the given upper-case ISO 3166-1 alpha-3 code, such as <c>FIN</c> (the last segment of a
    /// Publications Office country URI).
    /// </summary>
    /// <param name="alpha3">Three upper-case letters.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="alpha3"/> is an officially assigned alpha-3 code.</returns>
    public static bool TryFromAlpha3([NotNullWhen(true)] string? alpha3, [NotNullWhen(true)] out CountryCode? country)
    {
        country = null;
        return alpha3 is not null && ByAlpha3.TryGetValue(alpha3, out country);
    }

    /// <summary>See the type documentation: equal when the codes are equal.</summary>
    /// <param name="other">The country to compare with.</param>
    /// <returns>Whether both are the same country.</returns>
    public bool Equals(CountryCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The alpha-2 code, such as <c>FI</c>.</summary>
    /// <returns>The code, which <see cref="From"/> and <see cref="Parse"/> read back.</returns>
    public override string ToString() => Value;

    private static string Problem(string code)
    {
        var upper = code.ToUpperInvariant();
        var hint = upper switch
        {
            "EL" => " 'EL' is the EU's abbreviation for Greece; the ISO code is 'GR'.",
            "UK" => " 'UK' is the EU's abbreviation for the United Kingdom; the ISO code is 'GB'.",
            // Only when Parse would accept the code ("\u017Fe" upper-cases to "SE" but is not two ASCII letters); so
            // never after Parse itself failed.
            _ when TryParse(code, out var country) => $" Codes are upper case: '{country.Value}'; use Parse to accept any case.",
            _ => string.Empty,
        };
        return $"'{code}' is not an officially assigned ISO 3166-1 alpha-2 country code (nor XK).{hint}";
    }
}
