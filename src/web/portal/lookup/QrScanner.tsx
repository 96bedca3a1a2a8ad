import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { decodeImageFile, decodeSource } from "./qr-decode.ts";
import { codeFromQrText } from "./qr-text.ts";

type Problem = "noCamera" | "denied" | "cameraError" | "notLookup" | "noQrInPhoto";

/**
 * Lookup by the receipt's QR (CODE-3, LKP-1): "Quét mã QR" opens the camera (the rear one when
 * there is one) and decodes frames; "Chọn ảnh mã QR" picks or takes a photo, decoded the same way.
 * A lookup address or a bare code calls `onCode`; anything else, or no camera, is said plainly.
 */
export function QrScanner({ onCode, size = "md" }: { onCode: (code: string) => void; size?: "md" | "xl" }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const found = useRef(onCode);
  found.current = onCode;

  function accept(text: string | null, fromPhoto: boolean): boolean {
    if (text === null) {
      if (fromPhoto) setProblem("noQrInPhoto");
      return false;
    }
    const read = codeFromQrText(text);
    if (!read.ok) {
      setProblem("notLookup");
      return false;
    }
    setProblem(null);
    found.current(read.code);
    return true;
  }
  const acceptFrame = useRef(accept);
  acceptFrame.current = accept;

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement("canvas");
    const scan = () => {
      if (stopped) return;
      const element = video.current;
      if (element && element.readyState >= element.HAVE_CURRENT_DATA) {
        const text = decodeSource(element, element.videoWidth, element.videoHeight, canvas);
        if (text !== null && acceptFrame.current(text, false)) {
          setScanning(false);
          return;
        }
      }
      frame = requestAnimationFrame(scan);
    };
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem("noCamera");
        setScanning(false);
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: "environment" } },
          audio: false,
        });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : "";
        setProblem(
          name === "NotAllowedError" || name === "SecurityError"
            ? "denied"
            : name === "NotFoundError" || name === "OverconstrainedError"
              ? "noCamera"
              : "cameraError",
        );
        setScanning(false);
        return;
      }
      if (stopped) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      const element = video.current;
      if (element) {
        element.srcObject = stream;
        await element.play().catch(() => undefined);
      }
      frame = requestAnimationFrame(scan);
    })();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [scanning]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    setScanning(false);
    accept(await decodeImageFile(file), true);
  }

  const cameraProblem = problem === "noCamera" || problem === "denied" || problem === "cameraError";
  return (
    <Stack gap="sm" data-testid="qr-scanner">
      <Group gap="sm">
        <Button
          variant={scanning ? "filled" : "light"}
          size={size}
          onClick={() => {
            setProblem(null);
            setScanning((on) => !on);
          }}
          aria-pressed={scanning}
          data-testid="qr-scan"
        >
          {scanning ? t("qrLookup.stop") : t("qrLookup.scan")}
        </Button>
        <Button
          variant={cameraProblem ? "filled" : "light"}
          size={size}
          onClick={() => fileInput.current?.click()}
          data-testid="qr-photo"
        >
          {t("qrLookup.photo")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          onChange={onFile}
          data-testid="qr-file-input"
        />
      </Group>
      {scanning && (
        <Stack gap={4}>
          <video
            ref={video}
            muted
            playsInline
            aria-label={t("qrLookup.preview")}
            style={{
              width: "100%",
              maxWidth: size === "xl" ? 560 : 360,
              borderRadius: 8,
              background: "#000",
            }}
            data-testid="qr-video"
          />
          <Text c="gray.8" fz={size === "xl" ? "lg" : "sm"}>
            {t("qrLookup.aim")}
          </Text>
        </Stack>
      )}
      <div role="status" aria-live="polite">
        {problem && (
          <Alert color="orange" data-testid="qr-problem" data-problem={problem}>
            {t(`qrLookup.problems.${problem}`)}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
