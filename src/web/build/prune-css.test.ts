import { describe, expect, it } from 'vitest';
import { pruneCss, usedClasses } from './prune-css';

const used = usedClasses([
  `<div className="alert alert-\${kind} table"><button className="button button-primary" /></div>`,
]);

describe('pruneCss', () => {
  it('keeps rules whose classes are used, element and attribute rules, and drops the rest', () => {
    const css = `@charset "UTF-8";
html{line-height:1.5}
.table{width:100%}
.accordion{margin:0}
.table .accordion,
.table td{padding:0}
[hidden]{display:none!important}
a[href$=".pdf"]{color:red}`;
    const out = pruneCss(css, used);
    expect(out).toContain('@charset "UTF-8";');
    expect(out).toContain('html{line-height:1.5}');
    expect(out).toContain('.table{width:100%}');
    expect(out).not.toContain('.accordion');
    expect(out).toContain('.table td{padding:0}');
    expect(out).toContain('[hidden]{display:none!important}');
    expect(out).toContain('a[href$=".pdf"]{color:red}');
  });

  it('keeps classes built from a prefix in a template literal', () => {
    const out = pruneCss('.alert-success{color:green}.alert-error{color:red}.badge-info{color:blue}', used);
    expect(out).toContain('.alert-success');
    expect(out).toContain('.alert-error');
    expect(out).not.toContain('.badge-info');
  });

  it('does not let a class inside :not() decide, and prunes inside @media, dropping empty blocks', () => {
    const css = `.button:not(.button-unstyled){border:0}
@media (min-width: 576px){.tabs{display:flex}.button{width:auto}}
@media print{.tabs{display:none}}
@font-face{font-family:x;src:url(x.woff2)}
@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}`;
    const out = pruneCss(css, used);
    expect(out).toContain('.button:not(.button-unstyled){border:0}');
    expect(out).toContain('@media (min-width: 576px){\n.button{width:auto}\n}');
    expect(out).not.toContain('.tabs');
    expect(out).not.toContain('@media print');
    expect(out).toContain('@font-face{font-family:x;src:url(x.woff2)}');
    expect(out).toContain('@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}');
  });

  it('reads braces inside strings as text', () => {
    const out = pruneCss('.button::after{content:"}{"}.tabs{x:y}', used);
    expect(out).toBe('.button::after{content:"}{"}\n');
  });
});
