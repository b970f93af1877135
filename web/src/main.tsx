import { render } from "preact";
import { App } from "./app";
import { configureApi } from "./api";
import { configureAuth } from "./auth";
import { loadConfig } from "./config";
import { interceptLinks } from "./router";
import "./styles.css";

const root = document.getElementById("app")!;
loadConfig()
  .then((config) => {
    configureApi(config.apiUrl);
    configureAuth(config);
    interceptLinks(document.body);
    root.replaceChildren();
    render(<App />, root);
  })
  .catch((error: unknown) => {
    root.textContent = `The app could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
