using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text;

namespace Ecvet.Build.PublicDocumentation;

/// <summary>
/// The documentation comment ids (ECMA-334 annex D, as the C# compiler writes them in the XML documentation file) of
/// every type and member an assembly defines, split into those a user of the assembly sees (public or protected, in a
/// type the user sees) and the rest.
/// </summary>
internal sealed class DocumentationIds
{
    private DocumentationIds(ImmutableHashSet<string> visible, ImmutableHashSet<string> hidden)
    {
        Visible = visible;
        Hidden = hidden;
    }

    public ImmutableHashSet<string> Visible { get; }

    public ImmutableHashSet<string> Hidden { get; }

    public static DocumentationIds Read(MetadataReader reader)
    {
        var visible = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var hidden = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var names = new TypeNames(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var typeName = names.Definition(handle);
            var typeVisible = IsVisible(reader, type);
            (typeVisible ? visible : hidden).Add("T:" + typeName);

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var id = "M:" + typeName + "." + MethodName(reader, method) + Signature(names, method, out var returnType);
                var name = reader.GetString(method.Name);
                if (name is "op_Implicit" or "op_Explicit")
                {
                    id += "~" + returnType;
                }

                (typeVisible && IsVisible(method.Attributes) ? visible : hidden).Add(id);
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var access = field.Attributes & FieldAttributes.FieldAccessMask;
                var fieldVisible = access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem;
                (typeVisible && fieldVisible ? visible : hidden).Add("F:" + typeName + "." + Escape(reader.GetString(field.Name)));
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(propertyHandle);
                var accessors = property.GetAccessors();
                var signature = property.DecodeSignature(names, genericContext: null);
                var parameters = signature.ParameterTypes.IsEmpty ? "" : "(" + string.Join(",", signature.ParameterTypes) + ")";
                var propertyVisible = IsVisible(reader, accessors.Getter) || IsVisible(reader, accessors.Setter);
                (typeVisible && propertyVisible ? visible : hidden).Add("P:" + typeName + "." + Escape(reader.GetString(property.Name)) + parameters);
            }

            foreach (var eventHandle in type.GetEvents())
            {
                var @event = reader.GetEventDefinition(eventHandle);
                var accessors = @event.GetAccessors();
                var eventVisible = IsVisible(reader, accessors.Adder) || IsVisible(reader, accessors.Remover);
                (typeVisible && eventVisible ? visible : hidden).Add("E:" + typeName + "." + Escape(reader.GetString(@event.Name)));
            }
        }

        return new DocumentationIds(visible.ToImmutable(), hidden.ToImmutable());
    }

    private static string MethodName(MetadataReader reader, MethodDefinition method)
    {
        var name = Escape(reader.GetString(method.Name));
        var arity = method.GetGenericParameters().Count;
        return arity == 0 ? name : name + "``" + arity;
    }

    private static string Signature(TypeNames names, MethodDefinition method, out string returnType)
    {
        var signature = method.DecodeSignature(names, genericContext: null);
        returnType = signature.ReturnType;
        return signature.ParameterTypes.IsEmpty ? "" : "(" + string.Join(",", signature.ParameterTypes) + ")";
    }

    // The compiler writes "#" for the "." of special names (#ctor, #cctor) and of explicit implementations.
    private static string Escape(string name) => name.Replace('.', '#').Replace('<', '{').Replace('>', '}').Replace(',', '@');

    private static bool IsVisible(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static bool IsVisible(MetadataReader reader, MethodDefinitionHandle accessor) =>
        !accessor.IsNil && IsVisible(reader.GetMethodDefinition(accessor).Attributes);

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        while (true)
        {
            switch (type.Attributes & TypeAttributes.VisibilityMask)
            {
                case TypeAttributes.Public:
                    return true;
                case TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem:
                    type = reader.GetTypeDefinition(type.GetDeclaringType());
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Type names as documentation ids write them: <c>System.Int32</c>, <c>Ns.Outer.Inner</c>,
    /// <c>Ns.List{`0}</c>, <c>``0[]</c>, <c>System.Int32@</c>.</summary>
    private sealed class TypeNames(MetadataReader reader) : ISignatureTypeProvider<string, object?>
    {
        public string Definition(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return Definition(declaring) + "." + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => Definition(handle);

        public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(metadata, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "." + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            // Each `n of the definition's name (one per generic type in a nesting chain) takes the next n arguments.
            var text = new StringBuilder();
            var next = 0;
            var i = 0;
            while (i < genericType.Length)
            {
                if (genericType[i] != '`')
                {
                    text.Append(genericType[i++]);
                    continue;
                }

                var start = ++i;
                while (i < genericType.Length && char.IsAsciiDigit(genericType[i]))
                {
                    i++;
                }

                var count = int.Parse(genericType.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture);
                text.Append('{').AppendJoin(",", typeArguments.Skip(next).Take(count)).Append('}');
                next += count;
            }

            return text.ToString();
        }

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) =>
            elementType + "[" + string.Join(",", Enumerable.Range(0, shape.Rank).Select(d =>
                (d < shape.LowerBounds.Length ? shape.LowerBounds[d].ToString(System.Globalization.CultureInfo.InvariantCulture) : "0") + ":"
                + (d < shape.Sizes.Length ? (shape.LowerBounds.ElementAtOrDefault(d) + shape.Sizes[d] - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : ""))) + "]";

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public string GetFunctionPointerType(MethodSignature<string> signature) =>
            "=FUNC:" + signature.ReturnType + "(" + string.Join(",", signature.ParameterTypes) + ")";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            PrimitiveTypeCode.Void => "System.Void",
            _ => throw new BadImageFormatException("Unknown primitive type " + typeCode + "."),
        };
    }
}
