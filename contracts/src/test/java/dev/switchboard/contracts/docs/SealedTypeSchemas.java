package dev.switchboard.contracts.docs;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaKeyword;

/**
 * A sealed interface with {@code @JsonSubTypes} becomes a oneOf of its records; each record's schema gets the
 * {@code type} discriminator as its first, required property, with the name Jackson writes. (The Jackson module's
 * own subtype handling wraps each record in a second, numbered definition, which reads badly.)
 */
final class SealedTypeSchemas implements CustomDefinitionProviderV2 {

    private static final String DISCRIMINATOR = "type";

    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        JsonSubTypes subtypes = erased.getAnnotation(JsonSubTypes.class);
        if (erased.isInterface() && subtypes != null) {
            return new CustomDefinition(oneOf(subtypes, context), CustomDefinition.DefinitionType.STANDARD,
                    CustomDefinition.AttributeInclusion.YES);
        }
        String name = subtypeName(erased);
        if (name == null) {
            return null;
        }
        return new CustomDefinition(withDiscriminator(context.createStandardDefinition(type, this), name, context),
                CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
    }

    private static ObjectNode oneOf(JsonSubTypes subtypes, SchemaGenerationContext context) {
        ObjectNode definition = context.getGeneratorConfig().createObjectNode();
        ArrayNode oneOf = definition.putArray(context.getKeyword(SchemaKeyword.TAG_ONEOF));
        for (JsonSubTypes.Type subtype : subtypes.value()) {
            oneOf.add(context.createDefinitionReference(context.getTypeContext().resolve(subtype.value())));
        }
        return definition;
    }

    private static ObjectNode withDiscriminator(ObjectNode standard, String name, SchemaGenerationContext context) {
        String propertiesKey = context.getKeyword(SchemaKeyword.TAG_PROPERTIES);
        String requiredKey = context.getKeyword(SchemaKeyword.TAG_REQUIRED);
        ObjectNode properties = context.getGeneratorConfig().createObjectNode();
        properties.putObject(DISCRIMINATOR)
                .put(context.getKeyword(SchemaKeyword.TAG_CONST), name)
                .put(context.getKeyword(SchemaKeyword.TAG_DESCRIPTION), "Names the record: always \"" + name + "\".");
        properties.setAll((ObjectNode) standard.get(propertiesKey));
        ArrayNode required = context.getGeneratorConfig().createArrayNode().add(DISCRIMINATOR);
        if (standard.has(requiredKey)) {
            required.addAll((ArrayNode) standard.get(requiredKey));
        }
        standard.set(propertiesKey, properties);
        standard.set(requiredKey, required);
        return standard;
    }

    /** The name Jackson writes in {@code type} for this record, if it is a subtype of a sealed contract. */
    private static String subtypeName(Class<?> type) {
        for (Class<?> parent : type.getInterfaces()) {
            JsonSubTypes subtypes = parent.getAnnotation(JsonSubTypes.class);
            if (subtypes != null) {
                for (JsonSubTypes.Type subtype : subtypes.value()) {
                    if (subtype.value() == type) {
                        return subtype.name();
                    }
                }
            }
        }
        return null;
    }
}
