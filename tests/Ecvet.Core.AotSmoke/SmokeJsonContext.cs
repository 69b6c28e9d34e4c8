using System.Text.Json.Serialization;

namespace Ecvet.AotSmoke;

/// <summary>The application's own source-generated context; the library's types bring their converters by attribute.</summary>
[JsonSerializable(typeof(EnrolmentDto))]
public sealed partial class SmokeJsonContext : JsonSerializerContext;
