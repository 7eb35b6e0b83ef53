// SPDX-License-Identifier: GPL-3.0-or-later
// mizan: the command line, and the entry to the editor.

#include "app/commands.h"

int main(int argc, char** argv)
{
    return mizan::app::run(argc, argv);
}
