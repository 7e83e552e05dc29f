// The seed's Flask project, as lines a student can click one by one: each `echo` writes one line of
// a file, so the Python indentation survives being typed into the terminal.
const MAIN_HEAD = ['from flask import Flask', 'app = Flask(__name__)', '@app.route("/")', 'def hello():'];
const MAIN_TAIL = ['if __name__ == "__main__":', '    app.run(host="0.0.0.0", debug=True, port=5000)'];

export const GREETING = "Hey I'm running python flask app inside Docker!";
export const BANGLA_GREETING = 'ডকারের ভেতর থেকে ফ্লাস্ক বলছি!';

const quoted = (line: string) => `'${line}'`;

/** Lines that write app/main.py (run inside python_flask/) with `greeting` as the page. */
export function mainPyLines(greeting: string): string[] {
  const returnLine = `echo "    return \\"${greeting}\\"" >> app/main.py`;
  return [
    `echo ${quoted(MAIN_HEAD[0])} > app/main.py`,
    ...MAIN_HEAD.slice(1).map((l) => `echo ${quoted(l)} >> app/main.py`),
    returnLine,
    ...MAIN_TAIL.map((l) => `echo ${quoted(l)} >> app/main.py`),
  ];
}

export const DOCKERFILE_LINES = [
  "echo 'FROM python:3.6.4-slim' > Dockerfile",
  "echo 'COPY ./app /app' >> Dockerfile",
  "echo 'RUN pip install -r /app/requirements.txt' >> Dockerfile",
  `echo 'CMD [ "python", "/app/main.py" ]' >> Dockerfile`,
  "echo 'EXPOSE 5000' >> Dockerfile",
];
