// test/clients/ViewTypes.java - what a BI tool sees of aimarket's views over
// JDBC: every column of every view has a plain SQL type (no OTHER, STRUCT or
// DISTINCT), numerics report their precision, and no value arrives as a
// PGobject. Prints TAP lines. Run as a single-file program:
//   java -cp /usr/share/java/postgresql.jar ViewTypes.java URL USER PASSWORD
import java.sql.*;
import java.util.*;

public class ViewTypes {
    static int n = 0, failed = 0;

    static void ok(boolean good, String what) {
        n++;
        if (!good) failed++;
        System.out.println((good ? "ok " : "not ok ") + n + " - " + what);
    }

    public static void main(String[] args) throws Exception {
        String[] views = {"money_mentions", "quantity_mentions", "entity_mentions", "valuations",
                          "deals", "entity_daily", "implied_rates", "backfill_progress", "date_mentions",
                          "facts", "deal_ledger"};
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            DatabaseMetaData md = c.getMetaData();
            for (String v : views) {
                List<String> bad = new ArrayList<>();
                int cols = 0;
                try (ResultSet rs = md.getColumns(null, "aimarket", v, "%")) {
                    while (rs.next()) {
                        cols++;
                        int t = rs.getInt("DATA_TYPE");
                        String name = rs.getString("COLUMN_NAME");
                        if (t == Types.OTHER || t == Types.STRUCT || t == Types.DISTINCT || t == Types.JAVA_OBJECT)
                            bad.add(name + " " + rs.getString("TYPE_NAME"));
                        if (t == Types.NUMERIC && rs.getInt("COLUMN_SIZE") == 0)
                            bad.add(name + " numeric without precision");
                    }
                }
                ok(cols > 0 && bad.isEmpty(), "getColumns of aimarket." + v + ": " + cols + " plain columns " + bad);
                int rows = 0;
                List<String> objects = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT * FROM aimarket." + v + " LIMIT 200")) {
                    ResultSetMetaData m = rs.getMetaData();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        int t = m.getColumnType(i);
                        if (t == Types.OTHER || t == Types.STRUCT || t == Types.DISTINCT)
                            objects.add(m.getColumnName(i) + " type " + m.getColumnTypeName(i));
                    }
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            Object o = rs.getObject(i);
                            if (o != null && o.getClass().getName().startsWith("org.postgresql.util.PGobject"))
                                objects.add(m.getColumnName(i) + " PGobject");
                        }
                    }
                }
                boolean needRows = !v.equals("backfill_progress");
                ok((rows > 0 || !needRows) && objects.isEmpty(),
                   "SELECT * FROM aimarket." + v + ": " + rows + " rows, no PGobject " + new TreeSet<>(objects));
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(
                     "SELECT amount_lower, currency, published, is_range FROM aimarket.money_mentions " +
                     "WHERE surface = '65억달러' ORDER BY article_id LIMIT 1")) {
                boolean good = rs.next() && rs.getObject(1) instanceof java.math.BigDecimal
                    && rs.getBigDecimal(1).compareTo(new java.math.BigDecimal("6500000000")) == 0
                    && "USD".equals(rs.getString(2)) && rs.getObject(3) instanceof java.sql.Date
                    && rs.getObject(4) instanceof Boolean;
                ok(good, "65억달러 reads as BigDecimal 6500000000, USD, a java.sql.Date and a Boolean");
            }
        }
        System.out.println("1.." + n);
        System.exit(failed == 0 ? 0 : 1);
    }
}
