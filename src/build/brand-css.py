#!/usr/bin/env python3
"""Writes src/main/webapp/resources/greenhub/brand.css: every rule of PrimeFaces' saga-blue theme that paints in the
theme's blue, repainted in GreenHub's green (only those declarations). Run it again after a PrimeFaces upgrade:
  python3 src/build/brand-css.py ~/.m2/repository/org/primefaces/primefaces/<version>/primefaces-<version>-jakarta.jar
"""
import re
import sys
import zipfile

# saga-blue's colour -> GreenHub's (contrast with white text: 5.0:1, hovered 6.5:1, pressed 8.0:1; WCAG AA).
COLOURS = {
    '#2196f3': '#1b7f4b',                                             # primary: buttons, checked boxes, active tabs
    'rgb(12.7384615385,136.9384615385,235.6615384615)': '#176c40',   # primary, hovered
    'rgb(11.3230769231,121.7230769231,209.4769230769)': '#145c37',   # primary, pressed
    'rgb(166.2,213,250.2)': '#3d9a68',                                # focus ring (3.5:1 against white, WCAG 1.4.11)
    '#e3f2fd': '#e4f1ea',                                             # highlighted row, option, page
    'rgba(33,150,243,': 'rgba(27,127,75,',                            # tints of text and outlined buttons
}


def repaint(css):
    out = []

    def walk(text, indent):
        i = 0
        while i < len(text):
            start = text.find('{', i)
            if start < 0:
                return
            head = text[i:start].strip()
            depth, j = 1, start + 1
            while depth:
                depth += {'{': 1, '}': -1}.get(text[j], 0)
                j += 1
            body = text[start + 1:j - 1]
            if head.startswith('@media') or head.startswith('@supports'):
                mark = len(out)
                walk(body, indent + '    ')
                if len(out) > mark:
                    out.insert(mark, indent + head + ' {')
                    out.append(indent + '}')
            elif not head.startswith('@'):
                kept = [d.strip() for d in body.split(';') if any(c in d.lower() for c in COLOURS)]
                if kept:
                    decls = '; '.join(kept)
                    for old, new in COLOURS.items():
                        decls = re.sub(re.escape(old), new, decls, flags=re.IGNORECASE)
                    out.append(f'{indent}{head} {{ {decls}; }}')
            i = j

    walk(css, '')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    with zipfile.ZipFile(sys.argv[1]) as jar:
        theme = jar.read('META-INF/resources/primefaces-saga-blue/theme.css').decode('utf-8-sig')
    theme = re.sub(r'/\*.*?\*/', '', theme, flags=re.S)
    with open('src/main/webapp/resources/greenhub/brand.css', 'w', encoding='utf-8') as target:
        target.write('/* GreenHub\'s green instead of the theme\'s blue. Written by src/build/brand-css.py from PrimeFaces\'\n'
                     '   saga-blue theme; change the colours there, not here. */\n')
        target.write(repaint(theme))
