// zod compiles its parsers with `new Function` where it may. The page's CSP allows no eval, and even zod's probe for
// it shows as a CSP violation, so it is told not to try. This module is imported before any schema is built.
import * as z from "zod";

z.config({ jitless: true });
