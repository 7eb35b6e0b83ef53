// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/error_text.h"

#include "ui/texts.h"

#include <QCoreApplication>

namespace mizan::ui {

namespace {

struct ErrorWords {
    Q_DECLARE_TR_FUNCTIONS(ErrorWords)
};

}  // namespace

QString describeError(const Error& e, const QString& name)
{
    QString lead;
    switch (e.code) {
    case ErrorCode::FileNotFound: lead = ErrorWords::tr("%1 does not exist.").arg(name); break;
    case ErrorCode::PermissionDenied: lead = ErrorWords::tr("You do not have permission to read %1.").arg(name); break;
    case ErrorCode::NotACanvas: lead = ErrorWords::tr("%1 is not a Mizan canvas.").arg(name); break;
    case ErrorCode::ForeignFile: lead = ErrorWords::tr("%1 belongs to another application, not to Mizan.").arg(name); break;
    case ErrorCode::Corrupt: lead = ErrorWords::tr("%1 is damaged or incomplete, so Mizan cannot open it.").arg(name); break;
    case ErrorCode::NewerVersion: lead = ErrorWords::tr("%1 was made by a newer Mizan. Update Mizan to open it.").arg(name); break;
    case ErrorCode::InvalidContent: lead = ErrorWords::tr("%1 does not follow the Mizan format.").arg(name); break;
    case ErrorCode::TooLarge:
    case ErrorCode::TooDeep: lead = ErrorWords::tr("%1 is too large or too deeply nested to open.").arg(name); break;
    case ErrorCode::WriteFailed: lead = ErrorWords::tr("Mizan could not write %1; the canvas is unchanged.").arg(name); break;
    case ErrorCode::Busy:
    case ErrorCode::Cancelled: return QString::fromStdString(e.text);  // already in the user's language
    }
    // An importer's refusal speaks the user's language; other details are the core's or the system's words.
    const QString details = !e.message.id.empty() ? QString::fromStdString(renderMessage(e.message, renderOptions()))
                                                  : QString::fromStdString(e.text.empty() ? e.title : e.text);
    return details.isEmpty() ? lead : lead + QStringLiteral("\n\n") + details;
}

}  // namespace mizan::ui
