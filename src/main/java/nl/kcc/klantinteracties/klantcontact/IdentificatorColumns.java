package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/** An identificator group kept in four columns that share a prefix, all null when the group was never given. */
final class IdentificatorColumns {

    private IdentificatorColumns() {}

    static @Nullable Identificator read(ResultSet rs, String prefix) throws SQLException {
        String objectId = rs.getString(prefix + "object_id");
        String codeObjecttype = rs.getString(prefix + "code_objecttype");
        String codeRegister = rs.getString(prefix + "code_register");
        String codeSoortObjectId = rs.getString(prefix + "code_soort_object_id");
        if (objectId == null && codeObjecttype == null && codeRegister == null && codeSoortObjectId == null) {
            return null;
        }
        return new Identificator(objectId, codeObjecttype, codeRegister, codeSoortObjectId);
    }
}
