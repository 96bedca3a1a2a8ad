import type { Shape } from "../messages.ts";
import type { kiosk as vi } from "../vi/kiosk.ts";

export const kiosk: Shape<typeof vi> = {
  qrLookup: {
    scan: "Scan QR code",
    stop: "Turn camera off",
    photo: "Choose a QR photo",
    preview: "Camera picture for scanning the QR code",
    aim: "Hold the QR code on the receipt in the middle of the picture.",
    problems: {
      noCamera:
        "This device has no usable camera. Press “Choose a QR photo” to take or pick a photo of the QR code.",
      denied:
        "Camera permission was not given. Allow it in the browser settings, or press “Choose a QR photo” to take or pick a photo.",
      cameraError:
        "The camera could not be opened. Press “Choose a QR photo” to take or pick a photo of the QR code.",
      notLookup: "This QR code is not a dossier lookup code. Scan the QR code printed on the receipt.",
      noQrInPhoto: "No QR code could be read in the photo. Take it again, sharp, well lit and straight on.",
    },
  },
  kiosk: {
    pageTitle: "Counter lookup",
    heading: "Dossier lookup at the counter",
    intro: "Tap the keys to enter the dossier code printed on the receipt, or scan the QR code on it.",
    codeLabel: "Dossier code",
    keypad: "Keypad for the dossier code",
    backspace: "Delete one character",
    clear: "Clear",
    search: "Look up",
    startOver: "Look up another dossier",
    badCode: "The dossier code is not right. It looks like 000.00.06.H56-260213-0001.",
    countdown: "The screen goes back to the start in {{seconds}} seconds.",
    stay: "Continue",
    letters: "Letters",
    digits: "Digits",
  },
};
