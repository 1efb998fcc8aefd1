"""Export dialogs of the window: snapshot, animation, data, consultation sheet.

The writers live below (:mod:`twin.render.snapshot`, :mod:`twin.render.animation`,
:mod:`twin.io.export`); these modules only gather the window's state into an immutable request,
ask the user where and how, and run the export with progress.
"""
