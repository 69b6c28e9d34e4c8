namespace Ecvet.Interop.Internal;

/// <summary>The ELM v3 contexts, concept schemes and concepts the export writes (EU Vocabularies, "snb" namespace).</summary>
internal static class ElmVocabulary
{
    internal const string CredentialsContext = "https://www.w3.org/2018/credentials/v1";
    internal const string EdcContext = "http://data.europa.eu/snb/model/context/edc-ap";

    internal const string EqfScheme = "http://data.europa.eu/snb/eqf/25831c2";
    internal const string IscedFScheme = "http://data.europa.eu/snb/isced-f/25831c2";
    internal const string EducationCreditScheme = "http://data.europa.eu/snb/education-credit/25831c2";
    internal const string SkillTypeScheme = "http://data.europa.eu/snb/skill-type/25831c2";
    internal const string SkillTypeKnowledge = "http://data.europa.eu/snb/skill-type/knowledge";
    internal const string SkillTypeSkill = "http://data.europa.eu/snb/skill-type/skill";
    internal const string EscoSkillsScheme = "http://data.europa.eu/esco/concept-scheme/skills";

    internal const string CredentialProfileScheme = "http://data.europa.eu/snb/credential/25831c2";
    internal const string GenericCredentialProfile = "http://data.europa.eu/snb/credential/e34929035b";
    internal const string EdcGenericFullSchema = "http://data.europa.eu/snb/model/ap/edc-generic-full";
    internal const string CountryScheme = "http://publications.europa.eu/resource/authority/country";
    internal const string FileTypeScheme = "http://publications.europa.eu/resource/authority/file-type";
    internal const string SvgFileType = "http://publications.europa.eu/resource/authority/file-type/SVG";
    internal const string EncodingScheme = "http://data.europa.eu/snb/encoding/25831c2";
    internal const string Base64Encoding = "http://data.europa.eu/snb/encoding/6146cde7dd";

    // The EDC profile asks for a grade status from "a controlled vocabulary" it does not name; the concept is local.
    internal const string GradeStatusScheme = "urn:epass:conceptScheme:gradeStatus";
    internal const string GradeStatusPass = "urn:epass:concept:gradeStatus:pass";

    internal const string EcvetLabel = "European Credit system for Vocational Education and Training";
}
