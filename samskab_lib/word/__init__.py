"""Word files: one block model (:mod:`.blocks`), one writer (:mod:`.writer`) that turns blocks
into a ``.docx``, the Markdown subset some texts are written in (:mod:`.markdown`), and the
pieces every file shares (:mod:`.basics`, :mod:`.ooxml`)."""
