import "@mantine/core/styles.css";
import "./styles.css";
import "./i18n/index.ts";
import "../contracts/zod-locale.ts";
import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { SessionProvider } from "./auth/SessionProvider.tsx";
import { CitizenSessionProvider } from "./citizen/CitizenSessionProvider.tsx";
import { SiteProvider } from "./site/SiteProvider.tsx";
import { theme } from "./theme.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <SiteProvider>
        <SessionProvider>
          <CitizenSessionProvider>
            <App />
          </CitizenSessionProvider>
        </SessionProvider>
      </SiteProvider>
    </MantineProvider>
  </StrictMode>,
);
