package it.livedesk.support.facebook;

import java.util.Arrays;
import java.util.List;

/** Graph's {@code fields} parameter: which fields to answer, in the order asked for. */
final class Fields {

    private Fields() {
    }

    static List<String> requested(GraphRequest request, String defaults) {
        String fields = request.parameter("fields");
        String chosen = fields == null || fields.isBlank() ? defaults : fields;
        return Arrays.stream(chosen.split(",")).map(String::trim).filter(f -> !f.isEmpty()).distinct().toList();
    }

    static GraphFailure nonexisting(String field, String nodeType) {
        return new GraphFailure(GraphError.of(100, null,
                "(#100) Tried accessing nonexisting field (" + field + ") on node type (" + nodeType + ")"));
    }
}
