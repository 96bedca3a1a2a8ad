import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en/index.ts";
import { vi } from "./vi/index.ts";

export const languages = ["vi", "en"] as const;
export type Language = (typeof languages)[number];

const storageKey = "motcua.lang";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : "vi";
  } catch {
    return "vi";
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

i18next.on("languageChanged", applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "vi",
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
