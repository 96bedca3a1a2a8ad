import type { Shape } from "../messages.ts";
import type { formRenderer as vi } from "../vi/formRenderer.ts";

export const formRenderer: Shape<typeof vi> = {
  formRenderer: {
    choose: "— Choose —",
    required: "required",
    province: "Province or city",
    commune: "Commune, ward or special zone",
    street: "House number, street, hamlet",
    streetPlaceholder: "e.g. 25 Le Loi, residential group 3",
    chooseProvince: "— Choose a province —",
    chooseCommune: "— Choose a commune —",
    chooseProvinceFirst: "— Choose a province first —",
    loadingList: "Loading the list…",
    addressesFailed:
      "The list of provinces and communes could not be loaded. Addresses are only checked for their form; please reload the page.",
    item: "Item",
    itemTitle: "{{item}} {{n}}",
    noItems: "No items yet.",
    addItem: "+ Add {{item}}",
    removeItem: "Remove",
    removeItemLabel: "Remove {{item}} {{n}}",
    maxItems_one: "At most {{count}} item.",
    maxItems_other: "At most {{count}} items.",
    summaryTitle_one: "{{count}} thing to fix",
    summaryTitle_other: "{{count}} things to fix",
    yes: "Yes",
    no: "No",
    noAnswers: "Nothing filled in.",
  },
};
