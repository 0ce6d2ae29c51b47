import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from './pdf-fonts';

const ink = '#1f2328';
const muted = '#59636e';
const accent = '#0b5cad';
// react-pdf resolves a unitless lineHeight against the fontSize of the same style object (18 when absent),
// and an inherited lineHeight blanks the render-prop footer: so every block of text carries both, and the
// page carries neither.
const body = { fontSize: 10.5, lineHeight: 1.45 };

export const pdfStyles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    color: ink,
    paddingTop: 56,
    paddingBottom: 64,
    paddingHorizontal: 60,
  },
  h1: { fontSize: 20, fontWeight: 'bold', lineHeight: 1.25, marginBottom: 10 },
  h2: {
    fontSize: 13,
    fontWeight: 'bold',
    lineHeight: 1.3,
    marginTop: 14,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 0.75,
    borderBottomColor: '#d0d7de',
  },
  h3: { fontSize: 11.5, lineHeight: 1.3, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  paragraph: { ...body, marginBottom: 8 },
  list: { marginBottom: 8 },
  listItem: { flexDirection: 'row', marginBottom: 3 },
  bullet: { ...body, width: 14, color: muted },
  listItemBody: { flex: 1 },
  listItemParagraph: { ...body, marginBottom: 0 },
  blockquote: {
    ...body,
    marginBottom: 8,
    paddingLeft: 10,
    borderLeftWidth: 2,
    borderLeftColor: '#d0d7de',
    color: muted,
  },
  code: { ...body, marginBottom: 8 },
  rule: { marginVertical: 10, borderBottomWidth: 0.75, borderBottomColor: '#d0d7de' },
  strong: { fontWeight: 'bold' },
  emphasis: { fontStyle: 'italic' },
  link: { color: accent, textDecoration: 'none' },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: 60,
    right: 60,
    fontSize: 8.5,
    color: muted,
    textAlign: 'center',
  },
});
