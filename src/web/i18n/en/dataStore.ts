import type { Shape } from "../messages.ts";
import type { dataStore as vi } from "../vi/dataStore.ts";

export const dataStore: Shape<typeof vi> = {
  dataStore: {
    pageTitle: "Digital data store",
    title: "Digital data store",
    menu: "Digital data store",
    intro:
      "Documents you keep to reuse and the electronic results of your returned applications. When applying online, you can pick a document from the store instead of uploading it again.",
    count: "{{count}} documents",
    loadError: "Could not load your data store",
    empty:
      "Your data store is empty. Upload documents you want to reuse, or wait for the electronic result of an application.",
    listLabel: "Documents in the store",
    kindUploaded: "Uploaded by you",
    kindResult: "Application result",
    sourceDossier: "Application {{code}}",
    documentNumber: "Document number: {{number}}",
    added: "Saved on",
    size: "Size",
    download: "Download",
    downloadLabel: "Download {{title}}",
    rename: "Rename",
    renameLabel: "Rename {{title}}",
    remove: "Delete",
    removeLabel: "Delete {{title}}",
    upload: {
      heading: "Upload a new document",
      titleLabel: "Document name",
      titlePlaceholder: "For example: Citizen ID card",
      fileLabel: "File (PDF, JPEG or PNG, at most 10 MB)",
      filePlaceholder: "Choose a file",
      submit: "Save to the store",
      titleRequired: "Enter a document name.",
      fileRequired: "Choose a file.",
      tooLarge: "The file is larger than 10 MB.",
      done: "“{{title}}” was saved to your data store.",
    },
    renameModal: {
      title: "Rename document",
      label: "New name",
      save: "Save",
      cancel: "Cancel",
    },
    removeModal: {
      title: "Delete the document from the store?",
      body: "“{{title}}” will be removed from your data store. Applications that used it are not affected.",
      confirm: "Delete",
      cancel: "Cancel",
    },
    actionError: "Could not do it: {{reason}}",
    picker: {
      open: "Pick from the data store",
      openLabel: "Pick from the data store for “{{name}}”",
      title: "Pick a document from your data store",
      intro: "The document you pick is attached to “{{name}}”.",
      choose: "Pick",
      chooseLabel: "Pick {{title}}",
      empty: "Your data store is empty.",
      manage: "Open the data store",
    },
  },
};
