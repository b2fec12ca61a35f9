/** What an answer must never contain: database errors, SQL, file paths, stack frames. */
export const LEAK =
	/Failed query|syntax error at or near|violates [a-z ]*constraint|invalid input syntax|invalid byte sequence|duplicate key value|relation "[^"]+" does not exist|PostgresError|PGlite|drizzle|node_modules|\/src\/lib\/|\/src\/routes\/|\bat (?:async )?[\w$.<>]+ \(|\bat file:|\.(?:ts|js):\d+:\d+|Maximum call stack|is not a function|Cannot read properties/i;
