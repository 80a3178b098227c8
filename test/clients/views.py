# test/clients/views.py - a view of aimarket loaded into pandas through
# psycopg2, as an analyst's notebook would: the dtypes and values that
# arrive. Prints TAP lines. Run with Debian's /usr/bin/python3:
#   /usr/bin/python3 views.py "host=127.0.0.1 port=... dbname=... user=... password=..."
import datetime
import decimal
import sys
import warnings

import pandas as pd
import psycopg2

n = 0
failed = 0


def ok(good, what):
    global n, failed
    n += 1
    if not good:
        failed += 1
    print(("ok " if good else "not ok ") + str(n) + " - " + what)


warnings.simplefilter("ignore")   # pandas prefers SQLAlchemy; a DBAPI connection works
conn = psycopg2.connect(sys.argv[1])
# coerce_float=False: pandas would otherwise turn exact numerics into floats
df = pd.read_sql("SELECT * FROM aimarket.money_mentions ORDER BY article_id, ord", conn,
                 coerce_float=False)
ok(len(df) > 100, "money_mentions: %d rows in a DataFrame" % len(df))
ok(str(df["article_id"].dtype) == "int64" and str(df["ord"].dtype) == "int64",
   "bigint columns are int64 (%s, %s)" % (df["article_id"].dtype, df["ord"].dtype))
ok(str(df["is_range"].dtype) == "bool", "boolean is bool (%s)" % df["is_range"].dtype)
amounts = df["amount_lower"].dropna()
ok(len(amounts) > 0 and all(isinstance(x, decimal.Decimal) for x in amounts),
   "amounts arrive as exact Decimal, not strings or floats")
ok(all(isinstance(x, datetime.date) for x in df["published"].dropna()), "published arrives as dates")
ok(all(isinstance(x, str) for x in df["currency"].dropna()), "currency is text")
row = df[df["surface"] == "65억달러"].iloc[0]
ok(row["amount_lower"] == decimal.Decimal("6500000000") and row["currency"] == "USD",
   "65억달러 is Decimal('6500000000') USD")
ok(isinstance(row["entities"], str) and "OpenAI" in row["entities"],
   "its sentence's entities are a plain string (%r)" % row["entities"])
v = pd.read_sql("SELECT entity, published, usd_lower FROM aimarket.valuations ORDER BY published", conn)
ok(len(v) > 5 and set(v.columns) == {"entity", "published", "usd_lower"},
   "valuations: %d rows" % len(v))
pivot = pd.read_sql("SELECT entity, day, mentions FROM aimarket.entity_daily", conn) \
    .pivot_table(index="entity", values="mentions", aggfunc="sum")
ok(str(pivot["mentions"].dtype) == "int64" and pivot["mentions"].sum() > 0,
   "entity_daily pivots to int64 counts (%d mentions)" % pivot["mentions"].sum())
print("1..%d" % n)
sys.exit(0 if failed == 0 else 1)
