package dev.switchboard.ingest.email;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.RawField;

/** The MIME fields of one entity, parsed by mime4j's lenient field parsers. */
record EntityHeaders(String mediaType, Map<String, String> parameters, String disposition, String fileName,
        String contentId) {

    static EntityHeaders of(List<HeaderField> fields, String defaultType, ProblemLog problems) {
        ContentTypeField type = null;
        ContentDispositionField disposition = null;
        String contentId = null;
        for (HeaderField field : fields) {
            switch (field.lowerName()) {
                case "content-type":
                    type = type == null ? parse(field, ContentTypeField.class, problems) : type;
                    break;
                case "content-disposition":
                    disposition = disposition == null ? parse(field, ContentDispositionField.class, problems) : disposition;
                    break;
                case "content-id":
                    contentId = field.value();
                    break;
                default:
                    break;
            }
        }
        String declared = type == null ? null : type.getMimeType();
        String mediaType = declared == null || declared.indexOf('/') < 1 || declared.endsWith("/")
                ? defaultType : declared.toLowerCase(Locale.ROOT);
        Map<String, String> parameters = type == null ? Map.of() : type.getParameters();
        String fileName = disposition == null ? null : disposition.getFilename();
        if (fileName == null || fileName.isBlank()) {
            fileName = parameters.get("name");
        }
        String dispositionType = disposition == null ? null : disposition.getDispositionType();
        return new EntityHeaders(mediaType, parameters,
                dispositionType == null || dispositionType.isBlank() ? null : dispositionType.toLowerCase(Locale.ROOT),
                fileName == null || fileName.isBlank() ? null : HeaderField.decodeWords(fileName.trim(), problems),
                contentId);
    }

    String parameter(String name) {
        String value = parameters.get(name);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static <T extends ParsedField> T parse(HeaderField field, Class<T> type, ProblemLog problems) {
        ParsedField parsed = LenientFieldParser.getParser().parse(new RawField(field.name(), field.value()), problems);
        if (parsed.getParseException() != null) {
            problems.add(field.name() + " not well-formed: " + parsed.getParseException().getMessage());
        }
        return type.isInstance(parsed) ? type.cast(parsed) : null;
    }
}
