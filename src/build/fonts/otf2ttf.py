import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

def glyphs_to_quadratic(glyphs, max_err=1.0, reverse_direction=True):
    quadGlyphs = {}
    for gname in glyphs.keys():
        glyph = glyphs[gname]
        ttPen = TTGlyphPen(glyphs)
        cu2quPen = Cu2QuPen(ttPen, max_err, reverse_direction=reverse_direction)
        glyph.draw(cu2quPen)
        quadGlyphs[gname] = ttPen.glyph()
    return quadGlyphs

font = TTFont(sys.argv[1])
glyphOrder = font.getGlyphOrder()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = glyphOrder
glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet())
del font["CFF "]
if "VORG" in font: del font["VORG"]
glyf.compile(font)
font["maxp"] = maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
maxp.maxZones = 1; maxp.maxTwilightPoints = 0; maxp.maxStorage = 0; maxp.maxFunctionDefs = 0
maxp.maxInstructionDefs = 0; maxp.maxStackElements = 0; maxp.maxSizeOfInstructions = 0; maxp.maxComponentElements = 0
maxp.recalc(font)
post = font["post"]; post.formatType = 3.0
post.glyphOrder = glyphOrder
font.sfntVersion = "\000\001\000\000"
font.save(sys.argv[2])
