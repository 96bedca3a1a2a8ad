import { z } from "zod";

// Contract violations are explained in Vietnamese (house rule 6), on the server and in the browser.
z.config(z.locales.vi());
