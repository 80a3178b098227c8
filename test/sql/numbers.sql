-- Korean numbers: aimarket.parse_number and aimarket.to_number_or_null
SET client_encoding = 'UTF8';
\set VERBOSITY terse
CREATE EXTENSION IF NOT EXISTS aimarket;

-- every way news copy writes a number, with its exact value
SELECT input, aimarket.parse_number(input) AS value
FROM (VALUES
  ('1,500'), ('6.5'), ('１２３'), ('１，５００억'), ('8조6000억'), ('3억5000만'),
  ('1.5조'), ('삼천오백'), ('이십일'), ('만'), ('일억 이천만'), ('영'), ('공'),
  ('하나'), ('열'), ('스물다섯'), ('아흔아홉'), ('서른셋'),
  ('10 billion'), ('6.5B'), ('1.2bn'), ('300M'), ('3.5 trillion'),
  ('-3억'), ('△5000만'), ('마이너스 7'), ('3천5백'), ('1조 2000억'),
  ('8조 6천억'), ('一億'), ('1경'), ('12.25억'), ('3천500'), ('  42  '),
  ('99999999999999999999999999999999999999')
) AS t(input);

-- U+2212 MINUS SIGN (EUC_KR has no such character: the client refuses it there)
SELECT aimarket.parse_number('−2.5');

-- the result is numeric, exact to the last digit
SELECT pg_typeof(aimarket.parse_number('1.5조')),
       aimarket.parse_number('8조6000억') = 8600000000000 AS exact,
       aimarket.parse_number('0.1') + aimarket.parse_number('0.2') = 0.3 AS no_float;

-- NULL in, NULL out
SELECT aimarket.parse_number(NULL) IS NULL AS strict_null,
       aimarket.to_number_or_null(NULL) IS NULL AS lax_null;

-- bad input: 22P02 quoting the input, 22003 for range
SELECT aimarket.parse_number('');
SELECT aimarket.parse_number('   ');
SELECT aimarket.parse_number('억억');
SELECT aimarket.parse_number('1..2');
SELECT aimarket.parse_number('1,50');
SELECT aimarket.parse_number('garbage');
SELECT aimarket.parse_number('삼오');
SELECT aimarket.parse_number('스물삼');
SELECT aimarket.parse_number('수십억');
SELECT aimarket.parse_number('10억 달러');
SELECT aimarket.parse_number('5%');
SELECT aimarket.parse_number('123456789012345678901234567890123456789');
SELECT aimarket.parse_number(repeat('9', 10000));

-- the units past 10^38, 정 .. 무량대수: exact up to 38 significant digits
SELECT input, aimarket.parse_number(input) AS value,
       aimarket.parse_number(input) = 10::numeric ^ e AS power_of_ten
FROM (VALUES ('1정', 40), ('1재', 44), ('1극', 48), ('1항하사', 52),
             ('1아승기', 56), ('1나유타', 60), ('1불가사의', 64),
             ('1무량대수', 68)) AS t(input, e);
SELECT aimarket.parse_number('9999무량대수 9999불가사의 12나유타');
SELECT aimarket.parse_number('1무량대수 1억');
SELECT aimarket.to_number_or_null('일무량대수 일') IS NULL AS too_many_digits;
\set VERBOSITY default
SELECT aimarket.parse_number('3억 5천 굴덴');
\set VERBOSITY terse

-- a 1 MB string is refused quickly, and the message is clipped
SELECT aimarket.parse_number(repeat('가', 350000));
SELECT aimarket.to_number_or_null(repeat('1', 1000000)) IS NULL AS huge_is_null;

-- the lax twin: NULL instead of an error
SELECT input, aimarket.to_number_or_null(input) AS value
FROM (VALUES ('8조6000억'), (''), ('억억'), ('1..2'), ('abc'), ('9999999999999999999999999999999999999999')) AS t(input);

-- usable in bulk and in indexes (IMMUTABLE)
CREATE TEMP TABLE figures(raw text);
INSERT INTO figures VALUES ('65억'), ('8조6000억'), ('삼천오백'), ('not a number'), (NULL);
CREATE INDEX ON figures (aimarket.to_number_or_null(raw));
SELECT raw, aimarket.to_number_or_null(raw) FROM figures ORDER BY 2 NULLS LAST, raw COLLATE "C";
