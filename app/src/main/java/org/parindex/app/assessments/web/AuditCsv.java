package org.parindex.app.assessments.web;

import java.util.List;
import org.parindex.app.audit.ItemChange;

/** The audit log as CSV (RFC 4180 quoting), one change a line. */
final class AuditCsv {

    private AuditCsv() { }

    static String of(List<ItemChange> changes) {
        StringBuilder out = new StringBuilder("id,at,actor,action,period,unit,node,old,new,reason\r\n");
        for (ItemChange c : changes) {
            out.append(c.id()).append(',').append(c.at()).append(',').append(q(c.actor())).append(',')
                    .append(q(c.action())).append(',').append(q(c.period())).append(',').append(q(c.unit()))
                    .append(',').append(q(c.node())).append(',').append(q(c.oldValue())).append(',')
                    .append(q(c.newValue())).append(',').append(q(c.reason())).append("\r\n");
        }
        return out.toString();
    }

    private static String q(String s) {
        if (s == null) {
            return "";
        }
        String safe = s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@") ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
