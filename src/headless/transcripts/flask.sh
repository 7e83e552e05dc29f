mkdir python_flask
cd python_flask
mkdir app
cat > app/main.py <<'X'
#main.py
from flask import Flask
app = Flask(__name__)
@app.route("/")
def hello():
    return "Hey I'm running python flask app inside Docker!"
if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True, port=5000)
X
echo Flask > app/requirements.txt
cat > Dockerfile <<'X'
FROM python:3.6.4-slim
COPY ./app /app
RUN pip install -r /app/requirements.txt
CMD [ "python", "/app/main.py" ]
EXPOSE 5000
X
docker build -t myapp .
docker build -t myapp .
echo '# v2' >> app/main.py
docker build -t myapp .
docker run -d -p 80:5000 --name hello-flask myapp
curl localhost:80
docker history myapp
docker images
docker images -a
docker build -t myapp:v2 -f nope .
docker build -t myapp:v2 missing
printf 'FROM python:3.6.4-slim\nRUN foo\n' > Dockerfile.bad
docker build -f Dockerfile.bad .
printf 'FROM python:3.6.4-slim\nFOO bar\n' > Dockerfile.bad
docker build -f Dockerfile.bad .
