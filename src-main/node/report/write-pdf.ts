// The report as PDF: the HTML report, printed by the host (Electron's hidden window, or the system
// Chromium headless; node/services/pdf/).
import { defineExporter } from './exporter';
import { writeHtml } from './write-html';

export const pdfExporter = defineExporter('pdf', (model, out) => out.print(writeHtml(model)));
